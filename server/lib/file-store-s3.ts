import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { type FileStore, FileMissing, checkedFileName, contentName } from "./file-store.ts";

export type S3FileStoreOptions = {
  /** An S3-compatible server's URL; AWS itself when absent. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Address buckets as a path (`host/bucket/key`), which most self-hosted servers need. */
  forcePathStyle: boolean;
  /** Put before every key, so the app can share a bucket with others. */
  prefix?: string;
};

/** The same store as the local directory, with each file an object `<prefix><bucket>/<name>`. */
export function createS3FileStore(options: S3FileStoreOptions): FileStore {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Checksums only where S3 demands them: many S3-compatible servers refuse the newer ones.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const objectAt = (bucket: string, name: string) => ({
    Bucket: options.bucket,
    Key: `${options.prefix ?? ""}${bucket}/${checkedFileName(name)}`,
  });

  return {
    async put(bucket, bytes, extension) {
      const name = contentName(bytes, extension);
      await client.send(
        new PutObjectCommand({
          ...objectAt(bucket, name),
          Body: bytes,
          ContentType: "application/octet-stream",
        }),
      );
      return name;
    },
    async get(bucket, name) {
      try {
        const object = await client.send(new GetObjectCommand(objectAt(bucket, name)));
        if (!object.Body) throw new Error(`empty answer for ${bucket}/${name}`);
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        // NoSuchKey, not any 404: a missing bucket is a configuration fault, not a missing file.
        throw error instanceof NoSuchKey ? new FileMissing(bucket, name, { cause: error }) : error;
      }
    },
    async stat(bucket, name) {
      try {
        const head = await client.send(new HeadObjectCommand(objectAt(bucket, name)));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        // A HEAD answer has no body, so here a missing bucket cannot be told from a missing file.
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) {
          return null;
        }
        throw error;
      }
    },
    async remove(bucket, name) {
      await client.send(new DeleteObjectCommand(objectAt(bucket, name)));
    },
  };
}
