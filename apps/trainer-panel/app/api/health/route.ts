import { createHealthRoutes } from "@gafus/http";

export const dynamic = "force-dynamic";
export const GET = createHealthRoutes("trainer-panel").health;
