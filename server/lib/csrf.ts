import type { FastifyInstance } from "fastify";
import { Forbidden } from "./errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for cookie-authenticated writes: the browser must say the
 * request comes from our own origin, either by an `Origin` equal to ours or, when it sends no
 * Origin, by `Sec-Fetch-Site: same-origin` exactly. SameSite=Lax cookies are the first line;
 * this is the second. Better Auth checks the origin of writes under /api/auth itself.
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
    if (!fetchSite) throw new Forbidden("A cookie-authenticated write must send an Origin header.");
    // "none" is a request the user started outside any page (typed, bookmarked, or another
    // app): no page of ours asked for it, so it is not a same-origin write either.
    if (fetchSite !== "same-origin") throw new Forbidden("Cross-site request refused.");
  });
}
