// Next's standalone output leaves out static assets (they are meant for a CDN); we serve them from the app itself,
// so they are copied next to server.js after each build. Run from an app's directory.
import { cpSync, existsSync, rmSync } from "node:fs";
import { basename } from "node:path";

const app = basename(process.cwd());
const target = `.next/standalone/apps/${app}`;
rmSync(`${target}/.next/static`, { recursive: true, force: true });
cpSync(".next/static", `${target}/.next/static`, { recursive: true });
if (existsSync("public")) cpSync("public", `${target}/public`, { recursive: true });
