import { PGlite } from "@electric-sql/pglite";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../app.ts";
import type { Config } from "../config.ts";
import { type Database, openDatabase, pgliteExtensions } from "../db/client.ts";
import type { Clock } from "../lib/clock.ts";
import type { Mail, Mailer } from "../lib/mailer.ts";
import { withDatabase } from "./global-setup.ts";

export type Backend = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const backends: Backend[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export const testOrigin = "http://localhost:3000";

export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = path.join(os.tmpdir(), `cg-test-${randomUUID()}`);
  return {
    env: "test",
    host: "127.0.0.1",
    port: 0,
    publicUrl: testOrigin,
    dataDir,
    databaseUrl: undefined,
    databasePoolSize: 10,
    authSecret: "test-secret-test-secret-test-secret-0123",
    smtpUrl: undefined,
    mailFrom: "Common Ground <test@example.org>",
    outboxDir: path.join(dataDir, "outbox"),
    logLevel: (process.env.TEST_LOG_LEVEL ?? "silent") as Config["logLevel"],
    demoData: false,
    trustProxy: false,
    rateLimit: false,
    jobIntervalMs: 30_000,
    fileStore: { kind: "local", root: path.join(dataDir, "files") },
    ...overrides,
  };
}

/** A test database, with what a test needs to dump it whole (the server-blind test). */
export type TestDatabase = Database & { raw: { pglite?: PGlite; url?: string } };

/** A freshly migrated database, copied from the run's template. */
export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "pglite") {
    const dump = readFileSync(inject("pgliteTemplate"));
    const client = await PGlite.create({
      loadDataDir: new Blob([dump]),
      extensions: pgliteExtensions,
    });
    return { ...(await openDatabase({ pglite: client })), raw: { pglite: client } };
  }
  const url = process.env.TEST_DATABASE_URL;
  const template = inject("postgresTemplate");
  if (!url || !template) throw new Error("PostgreSQL tests need TEST_DATABASE_URL");
  const name = `cg_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
  return {
    ...database,
    raw: { url: withDatabase(url, name) },
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export type MailBox = Mail[] & { lastTo(email: string): Mail | undefined };

export function memoryMailer(): { mailer: Mailer; mails: MailBox } {
  const mails = [] as unknown as MailBox;
  mails.lastTo = (email) => mails.filter((m) => m.to === email).at(-1);
  return { mailer: { send: async (mail) => void mails.push(mail) }, mails };
}

export class TestClock implements Clock {
  constructor(private current = new Date()) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** The whole app on a fresh database, with mail kept in memory. */
export async function createTestApp(
  backend: Backend,
  options: {
    config?: Partial<Config>;
    clock?: Clock;
    /** Serve a built web app from here (server/test/web-app.ts), as in production. */
    webRoot?: string;
  } = {},
) {
  const database = await freshDatabase(backend);
  const { mailer, mails } = memoryMailer();
  const config = testConfig(options.config);
  const app = await buildApp({
    config,
    database,
    mailer,
    // Tests run the background jobs themselves (app.scheduler.runOnce()), at the moment they choose.
    backgroundJobs: false,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.webRoot ? { serveWeb: true, webRoot: options.webRoot } : {}),
  });
  await app.ready();
  return {
    app,
    config,
    database,
    mails,
    services: app.services,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
