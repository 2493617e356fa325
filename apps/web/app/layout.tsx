import "@gafus/ui/theme.css";
import { LocalizedDocument } from "@gafus/ui/next";
import { getSessionUser } from "@gafus/auth/next";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: { default: "Gafus", template: "%s · Gafus" } };
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f5f8b" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return <LocalizedDocument profileLocale={user?.locale}>{children}</LocalizedDocument>;
}
