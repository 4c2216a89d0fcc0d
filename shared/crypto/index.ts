/**
 * End-to-end encryption for confidential records, shared by the browser and the server's tests.
 * Every primitive is a libsodium call. `await loadSodium()` once; everything else is synchronous.
 * Binary values on the wire are libsodium's URL-safe base64 without padding (`b64`/`unb64`).
 */
export { loadSodium, type Sodium } from "./sodium.ts";
export { CryptoRefused, type RefusalReason } from "./errors.ts";
export { b64, unb64, canonicalJson } from "./encoding.ts";
export type { Sealed } from "./primitives.ts";
export type { PublicKeyInput } from "./keys-input.ts";
export * from "./person-keys.ts";
export * from "./recovery-key.ts";
export * from "./fingerprint.ts";
export * from "./organization-keys.ts";
export {
  newContentKey,
  wrapContentKey,
  unwrapContentKey,
  type ContentKeyBinding,
  sealRecord,
  openRecord,
  sealKeyTo,
  openSealedKey,
  sealFileHeader,
  openFileHeader,
  type RecordBinding,
  type FileBinding,
  type FileHeader,
} from "./record-box.ts";
export * from "./file-stream.ts";
export * from "./statement.ts";
export * from "./known-keys.ts";
