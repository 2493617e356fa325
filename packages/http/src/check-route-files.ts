import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { TOperation } from "./define-operation";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

/**
 * Compares an app's route files with its operations and lists every mismatch: a handler not built with
 * `route(operation, …)`, an operation without its route file or method, a route file with an undeclared method.
 * `appDir` is the app's `app/` folder, `basePath` its Next basePath ("" or "/trainer"), `apiDir` the folder below
 * `app/` holding the API, `exempt` route files (relative to `app/`) that other libraries own (next-auth).
 */
export function checkRouteFiles({
  appDir,
  basePath,
  apiDir,
  operations,
  exempt = [],
}: {
  appDir: string;
  basePath: string;
  apiDir: string;
  operations: readonly TOperation[];
  exempt?: string[];
}): string[] {
  const problems: string[] = [];
  const declared = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
  const seen = new Set<string>();
  for (const file of routeFiles(join(appDir, apiDir))) {
    const rel = relative(appDir, file);
    if (exempt.includes(rel)) continue;
    const path = `${basePath}/${rel.replace(/\/?route\.ts$/, "")}`.replace(/\[(\w+)\]/g, "{$1}");
    const text = readFileSync(file, "utf8");
    for (const method of METHODS) {
      const exported = new RegExp(`export (const|async function|function) ${method}\\b`).test(text);
      if (!exported) continue;
      const key = `${method} ${path}`;
      seen.add(key);
      if (!declared.has(key)) problems.push(`${rel}: ${method} has no operation for ${path}`);
      if (!new RegExp(`export const ${method} = (route|health)\\(`).test(text)) {
        problems.push(`${rel}: ${method} is not built with route(operation, handler)`);
      }
    }
  }
  for (const key of declared.keys()) if (!seen.has(key)) problems.push(`${key}: declared but no route file exports it`);
  return problems;
}
