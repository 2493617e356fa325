import "@gafus/ui/theme.css";
import { getSessionUser } from "@gafus/auth/next";
import { LocalizedDocument } from "@gafus/ui/next";
import type { Viewport } from "next";
import type { ReactNode } from "react";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f5f8b" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return <LocalizedDocument profileLocale={user?.locale}>{children}</LocalizedDocument>;
}
