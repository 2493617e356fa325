import type { TActor } from "@gafus/auth/policy";

/** Who looks at courses: a signed-in user, or null for a visitor. */
export type TViewer = TActor | null;
