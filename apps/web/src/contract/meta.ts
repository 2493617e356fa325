import { defineOperation } from "@gafus/http";

export const openApiOp = defineOperation({
  method: "GET",
  path: "/api/v1/openapi.json",
  summary: "This document",
  tags: ["meta"],
  auth: "anonymous",
});
