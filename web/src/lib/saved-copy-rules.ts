/*
 * What the service worker (../sw.ts) keeps for slow and broken links: the names of its caches,
 * the header that dates a kept copy, and which API reads may be kept. Read by the worker and by
 * the app (./saved-copies.ts), so each is written once; nothing here touches the DOM or React.
 */

export const savedCopyCaches = {
  pages: "cg-pages",
  api: "cg-api",
  assets: "cg-assets",
} as const;

/** Set by the worker on every copy it keeps: when the copy was saved (ISO 8601). */
export const savedAtHeader = "x-cg-saved-at";

/**
 * The API reads kept for reading offline: public and coalition pages a member reads often.
 * Never kept: confidential records and their grants, keys, risk assessments, the account and
 * anything under them, because a device can be seized too.
 */
const kept =
  /^\/api\/v1\/(session|me|taxonomies|directory|organizations|coalitions|proposals|statements|campaigns|meetings|action-items|threads|comments|notifications)(\/|$)/;
const neverKept =
  /\/(keys|records|confidential-counts|grants|risk|risk-assessments|fronting|agreements|audit|files|sessions|two-factor)(\/|$)/;

export const keptApiPath = (pathname: string) => kept.test(pathname) && !neverKept.test(pathname);
