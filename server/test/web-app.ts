import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A stand-in for web/dist, as the build makes it: index.html (the one given) and a hashed
 * entry script, in a fresh directory. For tests of the app serving its web app.
 */
export function builtWebApp(
  indexHtml = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
) {
  const root = path.join(os.tmpdir(), `cg-web-${randomUUID()}`);
  mkdirSync(path.join(root, "assets"), { recursive: true });
  writeFileSync(path.join(root, "index.html"), indexHtml);
  writeFileSync(path.join(root, "assets", "index-abc123.js"), "console.log('app');\n");
  return root;
}
