import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import type { FileStoreConfig } from "./config.ts";
import { openDatabase } from "./db/client.ts";
import { createOrganization, signedInUser } from "./test/actors.ts";
import { withDatabase } from "./test/global-setup.ts";
import { type TestApp, createTestApp, testConfig } from "./test/harness.ts";
import { call, pngBytes } from "./test/org-helpers.ts";

/**
 * The backup script of docs/OPERATIONS.md, run as an operator runs it: a backup of a
 * PostgreSQL database with its file store (a local directory, or a bucket on s3rver started in
 * this process), restored into a new database, data directory and bucket, serves the same
 * organisation, logo and search, and not what was written after the backup.
 */
const url = process.env.TEST_DATABASE_URL;
const hasPgDump = spawnSync("pg_dump", ["--version"]).status === 0;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe.skipIf(!url || !hasPgDump)(
  "backup and restore (skipped without TEST_DATABASE_URL and pg_dump: PGlite is backed up by copying DATA_DIR)",
  () => {
    let s3server: S3rver;
    let endpoint = "";
    const apps: TestApp[] = [];
    const restoredNames: string[] = [];

    beforeAll(async () => {
      s3server = new S3rver({
        address: "127.0.0.1",
        port: 0,
        silent: true,
        directory: path.join(os.tmpdir(), `cg-backup-s3-${randomUUID()}`),
        configureBuckets: [{ name: "live" }, { name: "restored" }],
      });
      const { address, port } = await s3server.run();
      endpoint = `http://${address}:${port}`;
    });

    afterAll(async () => {
      for (const t of apps) await t.close();
      await s3server?.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const name of restoredNames) {
        await admin.query(`drop database if exists ${name} with (force)`);
      }
      await admin.end();
    });

    const s3Store = (bucket: string): FileStoreConfig => ({
      kind: "s3",
      endpoint,
      region: "us-east-1",
      bucket,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    });
    const storeEnv = (store: FileStoreConfig): Record<string, string> =>
      store.kind === "local"
        ? {}
        : {
            FILE_STORE: "s3",
            S3_ENDPOINT: store.endpoint ?? "",
            S3_BUCKET: store.bucket,
            S3_ACCESS_KEY_ID: store.accessKeyId,
            S3_SECRET_ACCESS_KEY: store.secretAccessKey,
          };

    const cases: [string, () => FileStoreConfig | null, () => FileStoreConfig | null][] = [
      ["a local directory", () => null, () => null],
      ["an S3 bucket", () => s3Store("live"), () => s3Store("restored")],
    ];

    it.each(cases)(
      "restores the database, the files in %s and the keys as they were at the backup",
      async (_, liveStore, restoredStore) => {
        const restoredName = `cg_restored_${randomUUID().replaceAll("-", "")}`;
        restoredNames.push(restoredName);
        const backupDir = path.join(os.tmpdir(), `cg-backup-${randomUUID()}`);
        // Not spawnSync: s3rver answers from this process, so its event loop must keep running.
        const script = async (command: string, env: Record<string, string>) => {
          const result = await runScript(command, backupDir, {
            PATH: process.env.PATH ?? "",
            LOG_LEVEL: "silent",
            ...env,
          });
          expect(result.status, result.stderr).toBe(0);
          console.info(result.stdout.trim());
          return result.stdout;
        };

        const live = liveStore();
        const t = await createTestApp("postgres", live ? { config: { fileStore: live } } : {});
        apps.push(t);
        const owner = await signedInUser(t, "owner");
        const orgId = await createOrganization(t, owner, { name: "Backed Up Legal Aid" });
        const uploaded = await call(t, "PUT", `/api/v1/organizations/${orgId}/logo`, {
          as: owner,
          payload: pngBytes,
          headers: { "content-type": "image/png" },
        });
        expect(uploaded.statusCode, uploaded.body).toBe(200);
        const logo = await call(t, "GET", `/api/v1/organizations/${orgId}/logo`);
        expect(logo.statusCode).toBe(200);
        const instanceKey = await t.services.auditCheckpoints.keyOf();

        await script("backup", {
          ...storeEnv(t.config.fileStore),
          DATABASE_URL: t.database.raw.url as string,
          DATA_DIR: t.config.dataDir,
          AUTH_SECRET: t.config.authSecret,
        });
        // Written after the backup: the restore must not have it.
        await createOrganization(t, owner, { name: "Written Afterwards" });

        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${restoredName}`);
        await admin.end();
        const restoredUrl = withDatabase(url as string, restoredName);
        const restored = restoredStore();
        const config = testConfig(restored ? { fileStore: restored } : {});
        const output = await script("restore", {
          ...storeEnv(config.fileStore),
          DATABASE_URL: restoredUrl,
          DATA_DIR: config.dataDir,
          AUTH_SECRET: t.config.authSecret,
        });
        expect(output).toMatch(/Restored and checked \d+ tables \(\d+ rows\), 1 files and 1 keys/);
        // A second restore into the same database is refused rather than mixed in.
        const again = await runScript("restore", backupDir, {
          ...storeEnv(config.fileStore),
          PATH: process.env.PATH ?? "",
          DATABASE_URL: restoredUrl,
          DATA_DIR: config.dataDir,
        });
        expect(again.status).toBe(1);
        expect(again.stderr).toMatch(/empty database/);

        const database = await openDatabase({ databaseUrl: restoredUrl });
        const app = await buildApp({ config, database, backgroundJobs: false });
        try {
          await database.migrate();
          const profile = await app.inject({ url: `/api/v1/organizations/${orgId}` });
          expect(profile.statusCode, profile.body).toBe(200);
          expect(profile.json()).toMatchObject({ name: "Backed Up Legal Aid" });
          const restoredLogo = await app.inject({ url: `/api/v1/organizations/${orgId}/logo` });
          expect(restoredLogo.statusCode).toBe(200);
          expect(restoredLogo.rawPayload.equals(logo.rawPayload)).toBe(true);
          const found = await app.inject({ url: "/api/v1/directory?q=Backed" });
          expect(found.json().items.map((i: { name: string }) => i.name)).toEqual([
            "Backed Up Legal Aid",
          ]);
          const later = await app.inject({ url: "/api/v1/directory?q=Afterwards" });
          expect(later.json().items).toEqual([]);
          // Checkpoints signed before the backup still verify with the restored key.
          const restoredKey = await app.services.auditCheckpoints.keyOf();
          expect(restoredKey.publicPem).toBe(instanceKey.publicPem);
          expect(readFileSync(path.join(config.dataDir, "audit-signing-key.pem"), "utf8")).toBe(
            readFileSync(path.join(t.config.dataDir, "audit-signing-key.pem"), "utf8"),
          );
        } finally {
          await app.close();
          await database.close();
        }
      },
    );
  },
);

/** Runs scripts/backup.ts as an operator does, in its own process. */
function runScript(
  command: string,
  dir: string,
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/backup.ts", command, dir], {
      cwd: root,
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}
