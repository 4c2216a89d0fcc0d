import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type S3FileStoreOptions, createS3FileStore } from "./file-store-s3.ts";
import { type FileStore, FileMissing, createLocalFileStore } from "./file-store.ts";

// s3rver accepts one key pair and this bucket; it runs in this process on a free port.
const s3Bucket = "test-bucket";
let scratch: string;
let server: S3rver;
let s3: S3FileStoreOptions;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "cg-file-store-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(scratch, "s3rver"),
    configureBuckets: [{ name: s3Bucket }],
  });
  const { address, port } = await server.run();
  s3 = {
    endpoint: `http://${address}:${port}`,
    region: "us-east-1",
    bucket: s3Bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ["a local directory", () => createLocalFileStore(path.join(scratch, "local"))],
  ["an S3-compatible server", () => createS3FileStore(s3)],
  ["an S3-compatible server, under a prefix", () => createS3FileStore({ ...s3, prefix: "cg/" })],
];

describe.each(stores)("a file store in %s", (_, makeStore) => {
  let files: FileStore;
  beforeAll(() => {
    files = makeStore();
  });

  it("gives back the bytes it was given, several megabytes of them", async () => {
    const bytes = randomBytes(5 * 1024 * 1024);
    const name = await files.put("attachments", bytes, "bin");
    expect(name).toMatch(/^[a-f0-9]{64}\.bin$/);
    expect((await files.get("attachments", name)).equals(bytes)).toBe(true);
    expect(await files.stat("attachments", name)).toEqual({ size: bytes.length });
  });

  it("names a file by its content: the same bytes get the same name, others another", async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254, 0]);
    const first = await files.put("logos", bytes, "png");
    expect(await files.put("logos", Buffer.from(bytes), "png")).toBe(first);
    expect(await files.put("logos", Buffer.from([0, 1, 2]), "png")).not.toBe(first);
    expect(await files.get("logos", first)).toEqual(bytes);
  });

  it("keeps buckets apart", async () => {
    const name = await files.put("logos", randomBytes(64), "png");
    await expect(files.get("attachments", name)).rejects.toBeInstanceOf(FileMissing);
  });

  it("reports a removed file as missing, and removing it again is no error", async () => {
    const name = await files.put("logos", randomBytes(100), "webp");
    await files.remove("logos", name);
    await expect(files.get("logos", name)).rejects.toBeInstanceOf(FileMissing);
    expect(await files.stat("logos", name)).toBeNull();
    await files.remove("logos", name);
  });

  it("reports a file that was never stored as missing", async () => {
    await expect(files.get("logos", `${"0".repeat(64)}.png`)).rejects.toThrow(FileMissing);
  });

  it.each(["../../etc/passwd", `${"a".repeat(64)}.png/../x`, `${"A".repeat(64)}.png`, "x.png"])(
    "refuses the unsafe name %j",
    async (name) => {
      await expect(files.get("logos", name)).rejects.toThrow(/unsafe file name/);
      await expect(files.stat("logos", name)).rejects.toThrow(/unsafe file name/);
      await expect(files.remove("logos", name)).rejects.toThrow(/unsafe file name/);
    },
  );

  it("refuses an extension that would make an unsafe name", async () => {
    await expect(files.put("logos", randomBytes(8), "png/../x")).rejects.toThrow(
      /unsafe file name/,
    );
  });
});

describe("a file store on an S3-compatible server", () => {
  it("keeps each file at <prefix><bucket>/<name>", async () => {
    const bytes = randomBytes(8);
    const name = await createS3FileStore({ ...s3, prefix: "cg/" }).put("logos", bytes, "png");
    const unprefixed = createS3FileStore(s3);
    expect(await unprefixed.get("cg/logos", name)).toEqual(bytes);
    expect(await unprefixed.stat("logos", name)).toBeNull();
  });

  // s3rver checks the access key but not version 4 signatures, so a wrong secret key
  // cannot be tried here; a real server answers it with SignatureDoesNotMatch.
  it("fails clearly when the server does not know the access key", async () => {
    const files = createS3FileStore({ ...s3, accessKeyId: "NOT-A-KEY" });
    await expect(files.put("logos", randomBytes(8), "png")).rejects.toMatchObject({
      name: "InvalidAccessKeyId",
      message: expect.stringMatching(/access key/i),
    });
  });

  it("fails clearly, and not as a missing file, when the bucket does not exist", async () => {
    const files = createS3FileStore({ ...s3, bucket: "no-such-bucket" });
    const error: unknown = await files.get("logos", `${"0".repeat(64)}.png`).catch((e) => e);
    expect(error).not.toBeInstanceOf(FileMissing);
    expect(error).toMatchObject({ name: "NoSuchBucket" });
  });
});
