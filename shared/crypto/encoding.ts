import { CryptoRefused } from "./errors.ts";
import { sodium } from "./sodium.ts";

/** Binary to text as libsodium's URL-safe base64 without padding, the one form on the wire. */
export function b64(bytes: Uint8Array): string {
  const s = sodium();
  return s.to_base64(bytes, s.base64_variants.URLSAFE_NO_PADDING);
}

/** The inverse of `b64`; anything else is refused, never half-decoded. */
export function unb64(text: string, expectedLength?: number): Uint8Array {
  const s = sodium();
  if (typeof text !== "string" || !/^[A-Za-z0-9_-]*$/.test(text)) {
    throw new CryptoRefused("malformed", "not URL-safe base64");
  }
  let bytes: Uint8Array;
  try {
    bytes = s.from_base64(text, s.base64_variants.URLSAFE_NO_PADDING);
  } catch {
    throw new CryptoRefused("malformed", "not URL-safe base64");
  }
  if (expectedLength !== undefined && bytes.length !== expectedLength) {
    throw new CryptoRefused("malformed", `expected ${expectedLength} bytes, got ${bytes.length}`);
  }
  return bytes;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Strict UTF-8 decoding: invalid bytes are refused rather than replaced. */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CryptoRefused("malformed", "not UTF-8");
  }
}

/**
 * JSON with object keys sorted and no whitespace, so the same value always gives the same
 * bytes: everything signed or used as associated data goes through it. Values JSON cannot
 * represent exactly (undefined in arrays, NaN, Infinity, functions, bigint) are refused;
 * object properties that are undefined are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CryptoRefused("malformed", "non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && isPlainObject(value)) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${entries.join(",")}}`;
  }
  throw new CryptoRefused("malformed", `cannot canonicalise a ${typeof value}`);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Concatenates byte arrays (secret halves, seal payloads). */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
