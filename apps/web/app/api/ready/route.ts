import { createHealthRoutes } from "@gafus/core/http";

export const dynamic = "force-dynamic";
export const GET = createHealthRoutes("web").ready;
