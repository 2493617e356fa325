export { AppShell } from "./components/app-shell";
export type { TNavItem } from "./components/app-shell";
export { appLinks } from "./components/app-links";
export { Field } from "./components/field";
export { LocaleSwitch } from "./components/locale-switch";
export { NoAccess } from "./components/no-access";
export { UserMenu } from "./components/user-menu";
export type { TShellUser } from "./components/user-menu";
