// Moved to @gafus/ui so the trainer panel previews steps with the same renderer.
export { Markdown } from "@gafus/ui/content";
