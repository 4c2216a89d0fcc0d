import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where uploaded files live; a local directory by default, content-addressed. */
export type FileStore = {
  put(bucket: string, bytes: Buffer, extension: string): Promise<string>;
  get(bucket: string, name: string): Promise<Buffer>;
  remove(bucket: string, name: string): Promise<void>;
};

const safeName = /^[a-f0-9]{64}\.[a-z0-9]{1,8}$/;

export function createLocalFileStore(root: string): FileStore {
  const where = (bucket: string, name: string) => {
    if (!safeName.test(name)) throw new Error(`unsafe file name ${name}`);
    return path.join(root, bucket, name);
  };
  return {
    async put(bucket, bytes, extension) {
      const name = `${createHash("sha256").update(bytes).digest("hex")}.${extension}`;
      await mkdir(path.join(root, bucket), { recursive: true });
      await writeFile(where(bucket, name), bytes);
      return name;
    },
    get: (bucket, name) => readFile(where(bucket, name)),
    async remove(bucket, name) {
      await rm(where(bucket, name), { force: true });
    },
  };
}
