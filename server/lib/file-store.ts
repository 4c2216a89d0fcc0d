import { createHash } from "node:crypto";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where uploaded files live, content-addressed: a local directory by default, an
 * S3-compatible server when configured (file-store-s3.ts). Both behave the same.
 */
export type FileStore = {
  put(bucket: string, bytes: Buffer, extension: string): Promise<string>;
  /** Throws FileMissing when there is no such file. */
  get(bucket: string, name: string): Promise<Buffer>;
  stat(bucket: string, name: string): Promise<{ size: number } | null>;
  /** Removing a file that is not there is not an error. */
  remove(bucket: string, name: string): Promise<void>;
};

/** A stored name is the content's SHA-256 and an extension, so it can never leave its bucket. */
export const safeFileName = /^[a-f0-9]{64}\.[a-z0-9]{1,8}$/;

export class FileMissing extends Error {
  constructor(bucket: string, name: string, options?: ErrorOptions) {
    super(`no file ${name} in ${bucket}`, options);
    this.name = "FileMissing";
  }
}

export function checkedFileName(name: string): string {
  if (!safeFileName.test(name)) throw new Error(`unsafe file name ${name}`);
  return name;
}

/** The name a file's bytes are stored under; the same bytes always get the same name. */
export function contentName(bytes: Buffer, extension: string): string {
  return checkedFileName(`${createHash("sha256").update(bytes).digest("hex")}.${extension}`);
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

export function createLocalFileStore(root: string): FileStore {
  const where = (bucket: string, name: string) => path.join(root, bucket, checkedFileName(name));
  return {
    async put(bucket, bytes, extension) {
      const name = contentName(bytes, extension);
      await mkdir(path.join(root, bucket), { recursive: true });
      await writeFile(where(bucket, name), bytes);
      return name;
    },
    async get(bucket, name) {
      try {
        return await readFile(where(bucket, name));
      } catch (error) {
        throw isMissing(error) ? new FileMissing(bucket, name, { cause: error }) : error;
      }
    },
    async stat(bucket, name) {
      try {
        return { size: (await stat(where(bucket, name))).size };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async remove(bucket, name) {
      await rm(where(bucket, name), { force: true });
    },
  };
}
