// Rendering of trainer-written content shared by the student app and the trainer panel's preview.
export { embedUrl } from "./embed-url";
export { Markdown } from "./markdown";
