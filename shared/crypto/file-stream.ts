import { CryptoRefused } from "./errors.ts";
import { b64, concatBytes, utf8 } from "./encoding.ts";
import { sodium, type Sodium } from "./sodium.ts";

/**
 * Attachments: libsodium's secretstream (XChaCha20-Poly1305) in 64 KiB plaintext chunks.
 * Stored blob = 24-byte header ‖ chunk₁ ‖ … ‖ chunkₙ, each chunk its plaintext plus 17 bytes;
 * the last is tagged FINAL (an empty file is one empty FINAL chunk) and every chunk carries
 * the file id as associated data. Truncation, reordering, data after FINAL and any changed
 * byte are refused. Decrypted bytes stream out before the end is verified: show or save them
 * only once the stream has closed without error.
 */
export const fileChunkSize = 64 * 1024;
const headerBytes = 24;
const chunkOverhead = 17;

export function newFileKey(): Uint8Array {
  return sodium().crypto_secretstream_xchacha20poly1305_keygen();
}

/** The stored size of an attachment of `plainSize` bytes, for the server to check an upload. */
export function encryptedSize(plainSize: number): number {
  const chunks = Math.max(1, Math.ceil(plainSize / fileChunkSize));
  return headerBytes + chunks * chunkOverhead + plainSize;
}

type Emit = (bytes: Uint8Array) => void;

/** Re-chunks any input into 64 KiB pieces; keeps one full piece back until it knows whether
 * more follows, so the last piece can be tagged FINAL. */
class ChunkEncryptor {
  private readonly state: ReturnType<
    Sodium["crypto_secretstream_xchacha20poly1305_init_push"]
  >["state"];
  readonly header: Uint8Array;
  private readonly ad: Uint8Array;
  private readonly buffer = new Uint8Array(fileChunkSize);
  private filled = 0;

  constructor(key: Uint8Array, fileId: string) {
    const pushed = sodium().crypto_secretstream_xchacha20poly1305_init_push(key);
    this.state = pushed.state;
    this.header = pushed.header;
    this.ad = utf8(fileId);
  }

  write(input: Uint8Array, emit: Emit) {
    let at = 0;
    while (at < input.length) {
      if (this.filled === fileChunkSize) {
        emit(this.push(this.buffer, sodium().crypto_secretstream_xchacha20poly1305_TAG_MESSAGE));
        this.filled = 0;
      }
      const take = Math.min(fileChunkSize - this.filled, input.length - at);
      this.buffer.set(input.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
    }
  }

  finish(emit: Emit) {
    const final = sodium().crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    emit(this.push(this.buffer.subarray(0, this.filled), final));
    sodium().memzero(this.buffer);
  }

  private push(plaintext: Uint8Array, tag: number) {
    return sodium().crypto_secretstream_xchacha20poly1305_push(this.state, plaintext, this.ad, tag);
  }
}

class ChunkDecryptor {
  private readonly key: Uint8Array;
  private readonly ad: Uint8Array;
  private state: ReturnType<Sodium["crypto_secretstream_xchacha20poly1305_init_pull"]> | null =
    null;
  private readonly header = new Uint8Array(headerBytes);
  private readonly buffer = new Uint8Array(fileChunkSize + chunkOverhead);
  private filled = 0;
  private ended = false;

  constructor(key: Uint8Array, fileId: string) {
    this.key = key;
    this.ad = utf8(fileId);
  }

  write(input: Uint8Array, emit: Emit) {
    let at = 0;
    while (at < input.length) {
      if (this.ended) throw new CryptoRefused("tampered", "data after the final chunk");
      if (this.state === null) {
        const take = Math.min(headerBytes - this.filled, input.length - at);
        this.header.set(input.subarray(at, at + take), this.filled);
        this.filled += take;
        at += take;
        if (this.filled === headerBytes) this.startPulling();
        continue;
      }
      const take = Math.min(this.buffer.length - this.filled, input.length - at);
      this.buffer.set(input.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === this.buffer.length) this.pull(emit);
    }
  }

  finish(emit: Emit) {
    if (!this.ended && this.state !== null && this.filled > 0) this.pull(emit);
    if (!this.ended) throw new CryptoRefused("tampered", "truncated: no final chunk");
  }

  private startPulling() {
    try {
      this.state = sodium().crypto_secretstream_xchacha20poly1305_init_pull(this.header, this.key);
    } catch {
      throw new CryptoRefused("tampered", "bad stream header");
    }
    this.filled = 0;
  }

  private pull(emit: Emit) {
    const s = sodium();
    if (this.state === null || this.filled < chunkOverhead) {
      throw new CryptoRefused("tampered", "truncated chunk");
    }
    const chunk = this.buffer.subarray(0, this.filled);
    this.filled = 0;
    const result = s.crypto_secretstream_xchacha20poly1305_pull(this.state, chunk, this.ad);
    if (!result) throw new CryptoRefused("tampered", "chunk failed authentication");
    if (result.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL) this.ended = true;
    else if (result.tag !== s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
      throw new CryptoRefused("tampered", "unexpected chunk tag");
    }
    emit(result.message);
  }
}

/** Plaintext in, stored blob out, in any input sizes; memory stays at about two chunks. */
export function encryptingStream(
  key: Uint8Array,
  fileId: string,
): TransformStream<Uint8Array, Uint8Array> {
  const encryptor = new ChunkEncryptor(key, fileId);
  return new TransformStream({
    start: (controller) => controller.enqueue(encryptor.header),
    transform: (chunk, controller) => encryptor.write(chunk, (out) => controller.enqueue(out)),
    flush: (controller) => encryptor.finish((out) => controller.enqueue(out)),
  });
}

/** Stored blob in, plaintext out; errors with `CryptoRefused("tampered")` on any fault. */
export function decryptingStream(
  key: Uint8Array,
  fileId: string,
): TransformStream<Uint8Array, Uint8Array> {
  const decryptor = new ChunkDecryptor(key, fileId);
  return new TransformStream({
    transform: (chunk, controller) => decryptor.write(chunk, (out) => controller.enqueue(out)),
    flush: (controller) => decryptor.finish((out) => controller.enqueue(out)),
  });
}

/** The whole blob at once, for tests and small files. */
export function encryptBytes(plaintext: Uint8Array, key: Uint8Array, fileId: string): Uint8Array {
  const encryptor = new ChunkEncryptor(key, fileId);
  const parts: Uint8Array[] = [encryptor.header];
  encryptor.write(plaintext, (out) => parts.push(out));
  encryptor.finish((out) => parts.push(out));
  return concatBytes(...parts);
}

export function decryptBytes(blob: Uint8Array, key: Uint8Array, fileId: string): Uint8Array {
  const decryptor = new ChunkDecryptor(key, fileId);
  const parts: Uint8Array[] = [];
  decryptor.write(blob, (out) => parts.push(out));
  decryptor.finish((out) => parts.push(out));
  return concatBytes(...parts);
}

/**
 * A pass-through stream that hashes what flows through it with SHA-256, so the browser hashes
 * an attachment's plaintext while encrypting it; `digest()` (base64) once the stream has ended.
 */
export function sha256Stream(): {
  stream: TransformStream<Uint8Array, Uint8Array>;
  digest: () => string;
} {
  const s = sodium();
  const state = s.crypto_hash_sha256_init();
  let digest: string | null = null;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform: (chunk, controller) => {
      s.crypto_hash_sha256_update(state, chunk);
      controller.enqueue(chunk);
    },
    flush: () => {
      digest = b64(s.crypto_hash_sha256_final(state));
    },
  });
  return {
    stream,
    digest: () => {
      if (digest === null) throw new Error("sha256Stream: the stream has not ended");
      return digest;
    },
  };
}

/** SHA-256 of bytes in memory, URL-safe base64, matching `sha256Stream`. */
export function sha256(bytes: Uint8Array): string {
  return b64(sodium().crypto_hash_sha256(bytes));
}
