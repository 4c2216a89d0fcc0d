import { AppError } from "./errors.ts";

/**
 * PostgreSQL cannot store a NUL character or half of a surrogate pair in text or JSON; both
 * parse as valid JSON, so they are refused here, for every route, before anything is written.
 */
/**
 * A NUL, or a surrogate that is not half of a pair (with the u flag pairs read as one).
 * Matching a control character is the point here, so the lint rule against it is off.
 */
// eslint-disable-next-line no-control-regex
const unstorable = /\u0000|\p{Cs}/u;

export function findUnstorableText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") {
    return unstorable.test(value) ? path : null;
  }
  if (depth > 64 || value === null || typeof value !== "object" || Buffer.isBuffer(value)) {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyPath = `${path}.${key}`;
    if (findUnstorableText(key, keyPath, depth + 1)) return keyPath;
    const found = findUnstorableText(item, keyPath, depth + 1);
    if (found) return found;
  }
  return null;
}

export function refuseUnstorableText(request: {
  body?: unknown;
  query?: unknown;
  params?: unknown;
}) {
  for (const [part, value] of [
    ["body", request.body],
    ["querystring", request.query],
    ["params", request.params],
  ] as const) {
    const field = findUnstorableText(value, part);
    if (field) {
      throw new AppError(400, "Bad request", "The request contains text that cannot be stored.", [
        { field, message: "contains a NUL character or an unpaired surrogate" },
      ]);
    }
  }
}
