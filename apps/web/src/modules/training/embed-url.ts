export { embedUrl } from "@gafus/ui/content";
