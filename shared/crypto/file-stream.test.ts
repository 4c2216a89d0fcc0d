import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { flip, flipByte } from "./arbitraries.ts";
import {
  CryptoRefused,
  decryptBytes,
  decryptingStream,
  encryptBytes,
  encryptedSize,
  encryptingStream,
  fileChunkSize,
  loadSodium,
  newFileKey,
  sha256,
  sha256Stream,
} from "./index.ts";

beforeAll(() => loadSodium());

const refused = (reason: CryptoRefused["reason"], run: () => unknown) =>
  expect(run).toThrow(expect.objectContaining({ name: "CryptoRefused", reason }));

const chunk = fileChunkSize;
const stored = chunk + 17;
/** Sizes on and around chunk boundaries, where re-chunking goes wrong if it does. */
const size = fc
  .oneof(
    fc.integer({ min: 0, max: 100 }),
    fc
      .integer({ min: -2, max: 2 })
      .chain((d) => fc.integer({ min: 1, max: 3 }).map((n) => n * chunk + d)),
    fc.integer({ min: 0, max: 3 * chunk + 50 }),
  )
  .map((n) => Math.max(0, n));

function bytesOf(n: number, seed: number) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 255;
  return out;
}

/** Byte equality without Vitest's element-by-element diffing, slow on 200 KB arrays. */
function expectBytes(actual: Uint8Array, expected: Uint8Array) {
  expect(actual.length).toBe(expected.length);
  expect(actual.every((byte, i) => byte === expected[i])).toBe(true);
}

/** Feeds `input` in pieces of the given sizes through a transform and collects its output. */
async function pipe(
  stream: TransformStream<Uint8Array, Uint8Array>,
  input: Uint8Array,
  cuts: number[],
) {
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (at >= input.length) break;
    pieces.push(input.subarray(at, at + cut));
    at += cut;
  }
  if (at < input.length) pieces.push(input.subarray(at));
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const out = new Uint8Array(await new Response(source.pipeThrough(stream)).arrayBuffer());
  return out;
}

const cuts = fc.array(fc.integer({ min: 1, max: 2 * chunk }), { maxLength: 8 });

describe("attachments in 64 KiB secretstream chunks", () => {
  it("round-trip through the streams whatever the sizes fed in, matching the one-shot helpers", async () => {
    await fc.assert(
      fc.asyncProperty(size, cuts, cuts, fc.nat(255), async (n, inCuts, outCuts, seed) => {
        const key = newFileKey();
        const plain = bytesOf(n, seed);
        const blob = await pipe(encryptingStream(key, "file-1"), plain, inCuts);
        expect(blob.length).toBe(encryptedSize(n));
        expectBytes(decryptBytes(blob, key, "file-1"), plain);
        expectBytes(await pipe(decryptingStream(key, "file-1"), blob, outCuts), plain);
        expectBytes(decryptBytes(encryptBytes(plain, key, "file-1"), key, "file-1"), plain);
      }),
      { numRuns: 40 },
    );
  });

  it("stores an empty file as a header and one empty final chunk", () => {
    const blob = encryptBytes(new Uint8Array(0), newFileKey(), "f");
    expect(blob.length).toBe(24 + 17);
  });

  it("refuses any changed byte, another file id or another key", () => {
    fc.assert(
      fc.property(size, flip, (n, where) => {
        const key = newFileKey();
        const blob = encryptBytes(bytesOf(n, 7), key, "file-1");
        refused("tampered", () => decryptBytes(flipByte(blob, where), key, "file-1"));
        refused("tampered", () => decryptBytes(blob, key, "file-2"));
        refused("tampered", () => decryptBytes(blob, newFileKey(), "file-1"));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a blob cut short anywhere, even on a chunk boundary", () => {
    fc.assert(
      fc.property(size, fc.nat(), (n, cut) => {
        const key = newFileKey();
        const blob = encryptBytes(bytesOf(n, 1), key, "f");
        const boundaries = [
          0,
          24,
          ...Array.from(
            { length: Math.floor((blob.length - 24) / stored) },
            (_, i) => 24 + (i + 1) * stored,
          ),
        ];
        for (const end of [cut % blob.length, ...boundaries.filter((b) => b < blob.length)]) {
          refused("tampered", () => decryptBytes(blob.subarray(0, end), key, "f"));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("refuses chunks swapped, repeated or dropped from the middle", () => {
    const key = newFileKey();
    const blob = encryptBytes(bytesOf(3 * chunk + 10, 3), key, "f");
    const header = blob.subarray(0, 24);
    const [a, b, c, d] = [0, 1, 2, 3].map((i) =>
      blob.subarray(24 + i * stored, 24 + (i + 1) * stored),
    );
    const join = (...parts: (Uint8Array | undefined)[]) => {
      const list = parts.map((p) => p ?? new Uint8Array(0));
      const out = new Uint8Array(list.reduce((s, p) => s + p.length, 0));
      list.reduce((at, p) => (out.set(p, at), at + p.length), 0);
      return out;
    };
    refused("tampered", () => decryptBytes(join(header, b, a, c, d), key, "f"));
    refused("tampered", () => decryptBytes(join(header, a, a, c, d), key, "f"));
    refused("tampered", () => decryptBytes(join(header, a, c, d), key, "f"));
    refused("tampered", () => decryptBytes(join(header, a, b, c, d, d), key, "f"));
    refused("tampered", () =>
      decryptBytes(join(header, a, b, c, d, new Uint8Array([0])), key, "f"),
    );
    expect(decryptBytes(join(header, a, b, c, d), key, "f").length).toBe(3 * chunk + 10);
  });

  it("errors the decrypting stream with CryptoRefused on truncation", async () => {
    const key = newFileKey();
    const blob = encryptBytes(bytesOf(2 * chunk, 5), key, "f");
    await expect(
      pipe(decryptingStream(key, "f"), blob.subarray(0, 24 + stored), [1000]),
    ).rejects.toMatchObject({
      name: "CryptoRefused",
      reason: "tampered",
    });
  });

  it("hashes the plaintext with SHA-256 while it streams through", async () => {
    const plain = bytesOf(2 * chunk + 3, 9);
    const hashing = sha256Stream();
    const source = new Blob([plain]).stream();
    const key = newFileKey();
    const encrypted = new Uint8Array(
      await new Response(
        source.pipeThrough(hashing.stream).pipeThrough(encryptingStream(key, "f")),
      ).arrayBuffer(),
    );
    expect(hashing.digest()).toBe(sha256(plain));
    expectBytes(decryptBytes(encrypted, key, "f"), plain);
  });
});
