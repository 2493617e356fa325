import { createHealthRoutes } from "@gafus/http";

export const dynamic = "force-dynamic";
export const GET = createHealthRoutes("error-dashboard").health;
