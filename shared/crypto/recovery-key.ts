import { domains } from "./domains.ts";
import { CryptoRefused } from "./errors.ts";
import { concatBytes } from "./encoding.ts";
import { domainHash, sameBytes } from "./primitives.ts";
import { sodium } from "./sodium.ts";

/**
 * A recovery key is 32 random bytes shown once as text a person can print or copy by hand:
 * Crockford base32 (no I, L, O or U to misread) in 14 groups of 4, the last 24 bits a checksum
 * so a typo is caught before any decryption is tried.
 */
export type RecoveryKey = { key: Uint8Array; text: string };

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const keyBytes = 32;
const checksumBytes = 3;
// (32 + 3) bytes = 280 bits = 56 characters of 5 bits, with nothing left over.
const textLength = ((keyBytes + checksumBytes) * 8) / 5;
const groupLength = 4;

export function makeRecoveryKey(): RecoveryKey {
  const key = sodium().randombytes_buf(keyBytes);
  return { key, text: recoveryKeyText(key) };
}

export function recoveryKeyText(key: Uint8Array): string {
  if (key.length !== keyBytes) throw new CryptoRefused("malformed", "a recovery key is 32 bytes");
  const chars = toBase32(concatBytes(key, checksum(key)));
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += groupLength) groups.push(chars.slice(i, i + groupLength));
  return groups.join("-");
}

/** Reads a recovery key as typed: any case, spaces or hyphens, O for 0 and I or L for 1. */
export function parseRecoveryKey(text: string): Uint8Array {
  const cleaned = String(text)
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (cleaned.length !== textLength || [...cleaned].some((c) => !alphabet.includes(c))) {
    throw new CryptoRefused("malformed", "a recovery key is 56 letters and digits");
  }
  const bytes = fromBase32(cleaned);
  const key = bytes.slice(0, keyBytes);
  if (!sameBytes(bytes.slice(keyBytes), checksum(key))) {
    throw new CryptoRefused("malformed", "the recovery key has a typo");
  }
  return key;
}

const checksum = (key: Uint8Array) => domainHash(checksumBytes, domains.recoveryChecksum, [key]);

function toBase32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function fromBase32(text: string): Uint8Array {
  const out = new Uint8Array((text.length * 5) / 8);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    buffer = (buffer << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 255;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}
