import fc from "fast-check";
import { b64, unb64 } from "./encoding.ts";
import type { Kdf } from "./person-keys.ts";

/* Generators and tampering helpers for this module's property tests. */

/** The cheapest Argon2id libsodium allows, so properties can run a hundred wraps. */
export const cheapKdf: Kdf = { opsLimit: 1, memLimit: 8192 };

export const id = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }));
export const passphrase = fc.string({ minLength: 1, maxLength: 64 });

/**
 * A JSON value like a record's fields, as JSON gives it back: fast-check's jsonValue can hold
 * -0, which JSON writes as 0, so a round trip would differ for a reason that is not ours.
 */
export const content = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** Where to flip and with what (never 0, so the byte does change). */
export const flip = fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) });

export function flipByte(bytes: Uint8Array, { at, xor }: { at: number; xor: number }): Uint8Array {
  const out = bytes.slice();
  const i = at % out.length;
  out[i] = (out[i] ?? 0) ^ xor;
  return out;
}

/** The same base64 value with one byte of what it encodes changed. */
export const flipB64 = (text: string, where: { at: number; xor: number }) =>
  b64(flipByte(unb64(text), where));

/** A different string: a character appended, or the last changed. */
export const otherString = (text: string, salt: number) =>
  salt % 2 === 0 || text.length === 0
    ? `${text}x`
    : `${text.slice(0, -1)}${text.at(-1) === "a" ? "b" : "a"}`;
