import { defineOperation } from "@gafus/http";

export const openApiOp = defineOperation({
  method: "GET",
  path: "/trainer/api/openapi.json",
  summary: "This document",
  tags: ["meta"],
  auth: "anonymous",
});
