import { domains } from "./domains.ts";
import { domainHash } from "./primitives.ts";

const groups = 12;
const groupBytes = 5;

/**
 * Sixty digits in twelve groups of five that two people read to each other to check they see
 * the same keys (the Signal way): each group is 5 bytes of a BLAKE2b-512 hash, as a 40-bit
 * number modulo 100000, whose bias (2^40 is not a multiple of 10^5) is negligible. The keys'
 * order matters: pass a person's box key then signing key, always in that order.
 */
export function safetyNumber(...publicKeys: Uint8Array[]): string {
  const hash = domainHash(64, domains.safetyNumber, publicKeys);
  const out: string[] = [];
  for (let g = 0; g < groups; g++) {
    let n = 0;
    for (let i = 0; i < groupBytes; i++) n = n * 256 + (hash[g * groupBytes + i] ?? 0);
    out.push(String(n % 100000).padStart(5, "0"));
  }
  return out.join(" ");
}
