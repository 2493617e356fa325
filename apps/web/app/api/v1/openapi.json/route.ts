import { jsonResponse } from "@gafus/core/http";
import { buildOpenApiDocument } from "@/modules/api/openapi";

export const GET = async () => jsonResponse(buildOpenApiDocument());
