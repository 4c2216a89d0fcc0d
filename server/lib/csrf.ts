import type { FastifyInstance } from "fastify";
import { Forbidden } from "./errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for cookie-authenticated writes: the browser must say the
 * request comes from our own origin. SameSite=Lax cookies are the first line; this is the second.
 */
export function registerCsrfGuard(app: FastifyInstance, options: { publicUrl: string }) {
  const origin = new URL(options.publicUrl).origin;
  app.addHook("onRequest", async (request) => {
    if (safeMethods.has(request.method) || !request.url.startsWith("/api/v1/")) return;
    if (!request.headers.cookie) return;
    const sentOrigin = request.headers.origin;
    const fetchSite = request.headers["sec-fetch-site"];
    if (sentOrigin) {
      if (sentOrigin !== origin) throw new Forbidden("Cross-site request refused.");
      return;
    }
    if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
      throw new Forbidden("Cross-site request refused.");
    }
    if (!fetchSite) throw new Forbidden("A cookie-authenticated write must send an Origin header.");
  });
}
