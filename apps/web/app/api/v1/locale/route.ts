import { getSessionUserFromCookieHeader } from "@gafus/auth";
import { AppError, updateProfile } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { isLocale } from "@gafus/ui/i18n";
import { apiRoute } from "@/server/api";
import { localeCookie, safeReturnPath } from "@/server/locale-cookie";

/**
 * POST /api/v1/locale (form: locale, next) — the language switch of every app. Sets the cookie, saves the choice
 * in the profile of a signed-in user, and goes back to `next` (303), so it works without JavaScript.
 */
export const POST = apiRoute(async (request: Request) => {
  const form = await request.formData().catch(() => {
    throw new AppError("validation_failed", "Send a form with a locale field.");
  });
  const locale = form.get("locale");
  if (!isLocale(locale)) {
    throw new AppError("validation_failed", "Unknown locale.", { fields: { locale: ["Use ru or en"] } });
  }
  const user = await getSessionUserFromCookieHeader(getDb(), request.headers.get("cookie"));
  if (user && user.locale !== locale) {
    await updateProfile({ db: getDb(), actor: user, userId: user.id, changes: { locale } });
  }
  return new Response(null, {
    status: 303,
    headers: {
      location: safeReturnPath(form.get("next")),
      "set-cookie": localeCookie(locale),
      "cache-control": "no-store",
    },
  });
});
