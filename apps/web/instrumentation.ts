import { validateEnvAtStart } from "@gafus/config/next-instrumentation";

// Uploads (exam videos, pet photos), signed media URLs, Web Push and the recommendations' AI settings.
export const register = validateEnvAtStart(["upload", "video", "push", "ai"]);
