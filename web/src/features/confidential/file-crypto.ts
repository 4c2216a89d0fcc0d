import type { Sealed } from "../../../../shared/crypto/primitives.ts";
import type { CryptoModule } from "./key-session.ts";

/*
 * Attachments of confidential records, encrypted and decrypted as streams: a 100 MB file goes
 * from `file.stream()` through SHA-256 and secretstream into a Blob (which the browser may
 * keep on disk), never whole in a JavaScript array.
 */

/** The largest attachment before encryption, as the server takes it. */
export const confidentialFileMaxBytes = 100 * 1024 * 1024;

/** A file name kept short enough for its sealed header. */
const nameOf = (file: File) => file.name.trim().slice(-200) || "attachment";
const mediaTypeOf = (file: File) =>
  /^[\w.+-]+\/[\w.+-]+$/.test(file.type) && file.type.length <= 100
    ? file.type
    : "application/octet-stream";

export type EncryptedFile = { fileId: string; header: Sealed; blob: Blob; sha256: string };

/**
 * Encrypts a file for a record: its own key and an id chosen here, both bound into every chunk
 * and into the header (name, type, size, SHA-256, key) sealed under the record's content key.
 */
export async function encryptFile(
  crypto: CryptoModule,
  file: File,
  recordId: string,
  contentKey: Uint8Array,
): Promise<EncryptedFile> {
  const fileId = globalThis.crypto.randomUUID();
  const fileKey = crypto.newFileKey();
  const hash = crypto.sha256Stream();
  const stream = (file.stream() as ReadableStream<Uint8Array>)
    .pipeThrough(hash.stream)
    .pipeThrough(crypto.encryptingStream(fileKey, fileId));
  const blob = await new Response(stream).blob();
  const sha256 = hash.digest();
  const header = crypto.sealFileHeader(
    { name: nameOf(file), mediaType: mediaTypeOf(file), size: file.size, sha256, fileKey },
    contentKey,
    { recordId, fileId },
  );
  return { fileId, header, blob, sha256 };
}

export class FileRefused extends Error {
  constructor(readonly reason: "download" | "tampered" | "mismatch") {
    super(reason);
    this.name = "FileRefused";
  }
}

/**
 * Downloads an attachment's ciphertext and decrypts it as it arrives. The Blob is answered only
 * once the stream has ended without error (the last chunk's tag checked) and the plaintext's
 * SHA-256 and size are the header's; before that, no byte of it is offered to anyone.
 */
export async function decryptFile(
  crypto: CryptoModule,
  input: {
    url: string;
    fileId: string;
    fileKey: Uint8Array;
    expected: { sha256: string; size: number };
  },
  fetcher: typeof fetch = fetch,
): Promise<{ blob: Blob; sha256: string }> {
  const response = await fetcher(input.url, { credentials: "same-origin" });
  if (!response.ok || !response.body) throw new FileRefused("download");
  const hash = crypto.sha256Stream();
  const plain = response.body
    .pipeThrough(crypto.decryptingStream(input.fileKey, input.fileId))
    .pipeThrough(hash.stream);
  let blob: Blob;
  try {
    // Typed as bytes, never as the header's media type: a decrypted page must not run here.
    blob = new Blob([await new Response(plain).blob()], { type: "application/octet-stream" });
  } catch {
    throw new FileRefused("tampered");
  }
  const sha256 = hash.digest();
  if (sha256 !== input.expected.sha256 || blob.size !== input.expected.size)
    throw new FileRefused("mismatch");
  return { blob, sha256 };
}

/** A SHA-256 in URL-safe base64 as hex, the form people compare with other tools. */
export function hexOfB64(digest: string): string {
  const standard = digest.replace(/-/g, "+").replace(/_/g, "/");
  try {
    const bytes = atob(standard + "=".repeat((4 - (standard.length % 4)) % 4));
    return Array.from(bytes, (c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  } catch {
    return digest;
  }
}
