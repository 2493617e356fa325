// Debian's Chromium for Playwright: no browser download (none is reachable here), and no background networking,
// which this closed network refuses connection by connection.
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const chromiumLaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
