import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { openDatabase } from "./db/client.ts";
import { createOrganization, signedInUser } from "./test/actors.ts";
import { withDatabase } from "./test/global-setup.ts";
import { type TestApp, createTestApp, testConfig } from "./test/harness.ts";
import { call, pngBytes } from "./test/org-helpers.ts";

/**
 * The backup script of docs/OPERATIONS.md, run as an operator runs it: a backup of a
 * PostgreSQL database with a local file store, restored into a new database and data directory,
 * serves the same organisation, logo and search, and not what was written after the backup.
 */
const url = process.env.TEST_DATABASE_URL;
const hasPgDump = spawnSync("pg_dump", ["--version"]).status === 0;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe.skipIf(!url || !hasPgDump)(
  "backup and restore (skipped without TEST_DATABASE_URL and pg_dump: PGlite is backed up by copying DATA_DIR)",
  () => {
    let t: TestApp;
    const restoredName = `cg_restored_${randomUUID().replaceAll("-", "")}`;
    const backupDir = path.join(os.tmpdir(), `cg-backup-${randomUUID()}`);

    afterAll(async () => {
      await t?.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${restoredName} with (force)`);
      await admin.end();
    });

    const script = (command: string, env: Record<string, string>) => {
      const result = spawnSync(
        process.execPath,
        ["--import", "tsx", "scripts/backup.ts", command, backupDir],
        {
          cwd: root,
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", ...env },
        },
      );
      expect(result.status, result.stderr).toBe(0);
      console.info(result.stdout.trim());
      return result.stdout;
    };

    it("restores the database, the files and the keys as they were at the backup", async () => {
      t = await createTestApp("postgres");
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

      script("backup", {
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
      const config = testConfig();
      const output = script("restore", {
        DATABASE_URL: restoredUrl,
        DATA_DIR: config.dataDir,
        AUTH_SECRET: t.config.authSecret,
      });
      expect(output).toMatch(/Restored and checked \d+ tables \(\d+ rows\), 1 files and 1 keys/);
      // A second restore into the same database is refused rather than mixed in.
      const again = spawnSync(
        process.execPath,
        ["--import", "tsx", "scripts/backup.ts", "restore", backupDir],
        {
          cwd: root,
          encoding: "utf8",
          env: {
            PATH: process.env.PATH ?? "",
            DATABASE_URL: restoredUrl,
            DATA_DIR: config.dataDir,
          },
        },
      );
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
    });
  },
);
