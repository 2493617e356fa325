import { AppError } from "@gafus/core";
import { errorResponse } from "@gafus/http";

// Any other path under /media/ answers 404 in the API's error format rather than with the HTML 404 page.
export const GET = async () => errorResponse(new AppError("not_found", "No such video."));
