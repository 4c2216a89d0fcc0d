import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

/**
 * Serves the built single-page app. Hashed assets are cached for a year; index.html never,
 * so a new release is picked up at once. Unknown non-API paths get index.html for the router.
 */
export async function registerWebAssets(
  app: FastifyInstance,
  options: {
    root?: string | undefined;
    /**
     * index.html with the page's first view rendered in, when the page has one
     * (server/modules/first-view); null to send index.html as it is.
     */
    firstPage?: (
      request: FastifyRequest,
      template: string,
    ) => Promise<{ locale: string; html: string } | null>;
  } = {},
) {
  const root = options.root ?? webDist;
  if (!existsSync(path.join(root, "index.html"))) {
    app.log.warn("web/dist is missing: run `npm run build` to serve the web app");
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    // "/" is a page like the others (it has a first view), not the file index.html.
    index: false,
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
    // Read on each visit, as sendFile would: a new build's asset names are picked up at once.
    const page = options.firstPage
      ? await options.firstPage(request, await readFile(path.join(root, "index.html"), "utf8"))
      : null;
    if (!page) {
      reply.header("cache-control", "no-cache");
      return reply.sendFile("index.html");
    }
    // The page now holds what this reader may see: kept by their browser only, and checked
    // again on every visit.
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "private, no-cache")
      .header("vary", "cookie, accept-language")
      .header("content-language", page.locale)
      .send(page.html);
  });
}
