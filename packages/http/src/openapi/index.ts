export { buildOpenApiDocument } from "./build-document";
export { ZErrorBody } from "./error-schema";
