/** A step carries its text, quiz and checklist: larger than the default JSON body limit. */
export const STEP_BODY_LIMIT = 256 * 1024;
