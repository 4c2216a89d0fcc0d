/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { matchPrecache, precache } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { keptApiPath, savedAtHeader, savedCopyCaches } from "./lib/saved-copy-rules.ts";

/*
 * The service worker (issue 16, slow and broken links). A repeat visit shows the app at once
 * from what is kept here, and a page already read stays readable without a connection, saying
 * when its copy was made:
 * - the app shell (index.html, the entry script and style, the four languages' common words) is
 *   kept when the worker installs, from the browser's HTTP cache where it already is;
 * - other assets are kept the first time they are used (their names change with their content);
 * - pages and a short list of API reads are asked of the network first and kept; without an
 *   answer within a few seconds, the kept copy is shown, marked with the time it was saved.
 * Confidential records, keys, risk assessments and account settings are never kept. Signing
 * out deletes every kept page and answer (lib/saved-copies.ts).
 */

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string })[] };

precache(self.__WB_MANIFEST);
void self.skipWaiting();
clientsClaim();

/** Marks each kept copy with the time it was saved, which the app shows when it uses one. */
const stampSavedAt: WorkboxPlugin = {
  async cacheWillUpdate({ response }) {
    if (!response.ok || response.type === "opaque") return null;
    const headers = new Headers(response.headers);
    headers.set(savedAtHeader, new Date().toISOString());
    return new Response(await response.blob(), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
};

/** A kept page says it is one: the app reads the time from this meta element and shows it. */
const markPageCopy: WorkboxPlugin = {
  async cachedResponseWillBeUsed({ cachedResponse }) {
    const saved = cachedResponse?.headers.get(savedAtHeader);
    if (!cachedResponse || !saved) return cachedResponse ?? null;
    const page = (await cachedResponse.text()).replace(
      "<head>",
      `<head><meta name="cg-saved-at" content="${saved.replace(/[^0-9TZ:.-]/g, "")}">`,
    );
    return new Response(page, { status: cachedResponse.status, headers: cachedResponse.headers });
  },
};

const expiring = (maxEntries: number, days: number) =>
  new ExpirationPlugin({ maxEntries, maxAgeSeconds: days * 86_400, purgeOnQuotaError: true });

registerRoute(
  ({ request, url }) =>
    request.mode === "navigate" &&
    url.origin === self.location.origin &&
    !url.pathname.startsWith("/api/"),
  new NetworkFirst({
    cacheName: savedCopyCaches.pages,
    networkTimeoutSeconds: 4,
    plugins: [stampSavedAt, markPageCopy, expiring(60, 14)],
  }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/assets/"),
  new CacheFirst({ cacheName: savedCopyCaches.assets, plugins: [expiring(600, 60)] }),
);

registerRoute(
  ({ request, url }) =>
    request.method === "GET" && url.origin === self.location.origin && keptApiPath(url.pathname),
  new NetworkFirst({
    cacheName: savedCopyCaches.api,
    networkTimeoutSeconds: 6,
    plugins: [stampSavedAt, expiring(400, 14)],
  }),
);

// A page never seen before, without a connection: the app shell, which says it is offline.
setCatchHandler(async ({ request }) => {
  if (request.mode === "navigate") {
    const shell = await matchPrecache("/index.html");
    if (shell) return shell;
  }
  return Response.error();
});
