export { getI18n } from "./get-i18n";
export { getShellContext } from "./shell-context";
export type { TShellContext } from "./shell-context";
export { LocalizedDocument } from "./localized-document";
