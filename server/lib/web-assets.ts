import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

/**
 * Serves the built single-page app. Hashed assets are cached for a year; index.html never,
 * so a new release is picked up at once. Unknown non-API paths get index.html for the router.
 */
export async function registerWebAssets(app: FastifyInstance, root = webDist) {
  if (!existsSync(path.join(root, "index.html"))) {
    app.log.warn("web/dist is missing: run `npm run build` to serve the web app");
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: false,
    setHeaders(res, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        res.header("cache-control", "public, max-age=31536000, immutable");
      } else {
        res.header("cache-control", "no-cache");
      }
    },
  });
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    if (pathname.startsWith("/api/") || pathname.startsWith("/assets/")) {
      return reply.callNotFound();
    }
    reply.header("cache-control", "no-cache");
    return reply.sendFile("index.html");
  });
}
