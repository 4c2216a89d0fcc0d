import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
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
  // In a child process that exits: Vite's memory (its module graph, the bundler's) would
  // otherwise stay in the server's heap for its whole life, and it sets NODE_ENV=production
  // in the process it runs in. The config file sets root to web/.
  const viteDir = path.dirname(createRequire(import.meta.url).resolve("vite/package.json"));
  const run = spawnSync(
    process.execPath,
    [path.join(viteDir, "bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (run.status !== 0)
    throw new Error(`The web build failed (exit ${run.status ?? run.signal ?? "unknown"})`);
}
