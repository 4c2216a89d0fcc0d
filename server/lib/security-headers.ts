import fastifyHelmet from "@fastify/helmet";
import type { FastifyInstance, FastifyReply } from "fastify";
import { createHash } from "node:crypto";

type Directives = Record<string, string[]>;

/**
 * The policy of every response: the web app's own scripts only, never inline or eval'd ones.
 * Styles may be inline because Mantine writes `<style>` elements (its CSS variables, responsive
 * style props) and the scroll lock of its modals adds one too; CSS cannot run script, and the
 * HTML an attacker would need to inject a style is already refused (comments are sanitised).
 * `blob:` images are the preview of a logo being picked, before it is uploaded; the network
 * view lays its graph out in a web worker that ForceAtlas2 starts from a `blob:` URL (only a
 * script already running in our origin can make one). `'wasm-unsafe-eval'` lets our own
 * scripts compile WebAssembly (libsodium, for confidential records) and nothing else: it does
 * not allow eval of JavaScript.
 */
export function appPolicy(https: boolean): Directives {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  };
}

/** Where the API reference (Scalar) is served; it alone gets the looser policy below. */
export const apiDocsPrefix = "/api/docs";

/**
 * The API reference page starts Scalar with one inline script holding its configuration: that
 * script, and no other, is allowed by its hash, computed from the page actually sent. Scalar
 * injects its stylesheet at run time, and runs its request examples in a web worker it makes
 * from a blob.
 */
function docsPolicy(inlineScriptHashes: string[]): Directives {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...inlineScriptHashes],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
}

export const serialize = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");

/** The hashes (CSP `'sha256-…'` sources) of the inline scripts of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return hashes;
}

/** A user's upload is an inert document of its own: no script, no plugin, no same origin. */
export const uploadPolicy = "default-src 'none'; sandbox";

/**
 * Serves an uploaded file so that a browser can only ever treat it as the file it is: its type
 * is never sniffed, a page that opens it runs nothing in our origin, and a navigation to it
 * downloads it (an `<img>` ignores Content-Disposition, so the web app still shows it).
 */
export function asUpload(reply: FastifyReply, type: string, filename: string) {
  return reply
    .type(type)
    .header("content-security-policy", uploadPolicy)
    .header("x-content-type-options", "nosniff")
    .header("content-disposition", `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`);
}

/**
 * Security headers on every response (Helmet), registered once, before compression so the
 * API reference's HTML can still be read to hash its inline script.
 * - HSTS only when PUBLIC_URL is https (a plain http deployment, e.g. on a laptop, must not
 *   tell the browser to refuse http for a year), without includeSubDomains, which would bind
 *   every other site on the operator's domain.
 * - Referrer-Policy strict-origin-when-cross-origin: another site sees our origin, never a
 *   path or a query (invitation and reset tokens, coalition ids). `no-referrer` would also
 *   make browsers send `Origin: null` on same-origin form posts, which the CSRF checks refuse.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { publicUrl: string },
) {
  const https = new URL(options.publicUrl).protocol === "https:";
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appPolicy(https) },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    // Nothing cross-origin is embedded, but requiring CORP of every subresource gains nothing.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    xFrameOptions: { action: "deny" },
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (!request.url.startsWith(`${apiDocsPrefix}/`) || typeof payload !== "string") return;
    if (!String(reply.getHeader("content-type") ?? "").startsWith("text/html")) return;
    reply.header("content-security-policy", serialize(docsPolicy(inlineScriptHashes(payload))));
  });
}
