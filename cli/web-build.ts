import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Builds the web app when it has never been built or its sources changed since. */
export async function ensureWebBuild(log: (message: string) => void): Promise<void> {
  const built = path.join(root, "web/dist/index.html");
  const sources = ["web/src", "web/index.html", "web/public", "shared", "vite.config.ts"].map((p) =>
    path.join(root, p),
  );
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...sources.map(newestMtime))) return;
  log("Building the web app (once, about a minute)…");
  const { build } = await import("vite");
  // Vite sets NODE_ENV=production while it builds; the server must not inherit that.
  const nodeEnv = process.env.NODE_ENV;
  try {
    // The config file sets root to web/; passing root here would override it.
    await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
