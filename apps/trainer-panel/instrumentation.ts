import { validateEnvAtStart } from "@gafus/config/next-instrumentation";

// Video uploads and transcoding limits, signed previews, AI drafts, and push for the exam decisions it notifies.
export const register = validateEnvAtStart(["upload", "video", "push", "ai"]);
