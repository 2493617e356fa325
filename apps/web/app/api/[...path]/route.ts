import { AppError } from "@gafus/core";
import { errorResponse } from "@gafus/http";

// Unknown API paths answer in the API's error format rather than with the HTML 404 page.
const notFound = async () => errorResponse(new AppError("not_found", "No such API endpoint."));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
