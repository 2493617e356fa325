import { validateEnvAtStart } from "@gafus/config/next-instrumentation";

export const register = validateEnvAtStart();
