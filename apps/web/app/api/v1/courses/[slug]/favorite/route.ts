import { setFavorite } from "@gafus/core";
import { setFavoriteOp } from "@/contract/courses";
import { route } from "@/server/api";

/** PUT /api/v1/courses/{slug}/favorite — { favorite: true | false }. */
export const PUT = route(setFavoriteOp, async ({ user, params, body, db }) =>
  setFavorite({ db, viewer: user, slug: params.slug, favorite: body.favorite }),
);
