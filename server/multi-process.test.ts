import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coalition, defaultDecisionRules } from "../shared/coalitions.ts";
import type { MatchResult } from "../shared/discovery.ts";
import type { DirectoryResult } from "../shared/directory.ts";
import { Proposal } from "../shared/proposals.ts";
import { buildApp } from "./app.ts";
import { openDatabase, rowsOf } from "./db/client.ts";
import {
  type SignedIn,
  createOrganization,
  sampleOrganization,
  signedInUser,
  uniqueEmail,
} from "./test/actors.ts";
import { freePort } from "./test/free-port.ts";
import { withDatabase } from "./test/global-setup.ts";
import { type TestApp, memoryMailer, testConfig, testOrigin } from "./test/harness.ts";
import { call } from "./test/org-helpers.ts";

/**
 * Two real app processes (`common-ground start`, each its own Node.js process) on one
 * PostgreSQL database, as behind a load balancer: a write through one is found through the
 * other, the background jobs that both run do each thing once, and the sign-in rate limit
 * counts the attempts made through both. PGlite is one process by nature: its database lives
 * inside the process that opened it, so only PostgreSQL is tried.
 */
const url = process.env.TEST_DATABASE_URL;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const text = (en: string) => ({ original: "en", texts: { en } });
const hour = 3_600_000;

type Proc = { name: string; base: string; child: ChildProcess; output: string[] };

describe.skipIf(!url)(
  "two app processes on one PostgreSQL (skipped without TEST_DATABASE_URL: PGlite is one process)",
  () => {
    let t: TestApp;
    let a: Proc;
    let b: Proc;
    let searcher: SignedIn;
    let searcherOrg: string;
    const databaseName = `cg_procs_${randomUUID().replaceAll("-", "")}`;
    const outbox = path.join(os.tmpdir(), `cg-procs-${randomUUID()}`, "outbox");
    const closing: { id: string; title: string }[] = [];
    const reminded: { id: string; title: string }[] = [];
    let representatives: SignedIn[] = [];

    beforeAll(async () => {
      // An empty database: the two processes, started together as a deployment rolls out,
      // migrate it one after the other.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${databaseName}`);
      await admin.end();
      const databaseUrl = withDatabase(url as string, databaseName);
      [a, b] = await Promise.all([start("A", databaseUrl), start("B", databaseUrl)]);

      // The test's own app seeds the data; it never runs the background jobs.
      const database = await openDatabase({ databaseUrl });
      const config = testConfig();
      const { mailer, mails } = memoryMailer();
      const app = await buildApp({ config, database, mailer, backgroundJobs: false });
      await app.ready();
      t = {
        app,
        config,
        database: { ...database, raw: { url: databaseUrl } },
        mails,
        services: app.services,
        async close() {
          await app.close();
          await database.close();
        },
      };
      searcher = await signedInUser(t, "searcher");
      searcherOrg = await createOrganization(t, searcher, { name: "Searching Collective" });

      const convener = await signedInUser(t, "convener");
      const partner = await signedInUser(t, "partner");
      representatives = [convener, partner];
      const convenerOrg = await createOrganization(t, convener, { name: "Convening Office" });
      const partnerOrg = await createOrganization(t, partner, { name: "Partner Office" });
      const created = await call(t, "POST", "/api/v1/coalitions", {
        as: convener,
        payload: {
          organizationId: convenerOrg,
          name: "Two Process Coalition",
          visibility: "public",
          charter: {
            purpose: text("Show that two processes behave as one."),
            decisionRules: defaultDecisionRules,
            collaborationLevel: "coordination",
          },
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const coalitionId = Coalition.parse(created.json()).id;
      const invited = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
        as: convener,
        payload: { organizationId: partnerOrg, role: "member" },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const accepted = await call(
        t,
        "POST",
        `/api/v1/coalitions/${coalitionId}/members/${partnerOrg}/accept`,
        { as: partner },
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
      for (let n = 0; n < 10; n++) {
        const title = `Two-process proposal ${n} ${randomUUID().slice(0, 8)}`;
        const opened = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
          as: convener,
          payload: {
            organizationId: convenerOrg,
            title,
            rules: { kind: "sense_check" },
            closesAt: new Date(Date.now() + 2 * hour).toISOString(),
          },
        });
        expect(opened.statusCode, opened.body).toBe(201);
        (n < 5 ? closing : reminded).push({ id: Proposal.parse(opened.json()).id, title });
      }
      // Every change of a proposal to closed is written down with the process that made it.
      await t.services.db.execute(sql`
        create table test_closings (proposal_id uuid, was text, by_process text);
        create function test_log_closing() returns trigger language plpgsql as $$
        begin
          insert into test_closings values (new.id, old.status, current_setting('application_name'));
          return new;
        end $$;
        create trigger test_log_closing after update on proposals
          for each row when (new.status = 'closed') execute function test_log_closing();
      `);
    });

    afterAll(async () => {
      await Promise.all([a, b].filter(Boolean).map(stop));
      await t?.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    });

    async function start(name: string, databaseUrl: string): Promise<Proc> {
      const port = await freePort();
      const child = spawn(process.execPath, ["cli/bin.js", "start", "--no-build"], {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? os.tmpdir(),
          NODE_ENV: "production",
          HOST: "127.0.0.1",
          PORT: String(port),
          // Both answer for one public address, as behind a load balancer.
          PUBLIC_URL: testOrigin,
          DATABASE_URL: databaseUrl,
          PGAPPNAME: `process ${name}`,
          AUTH_SECRET: testConfig().authSecret,
          DATA_DIR: path.dirname(outbox),
          OUTBOX_DIR: outbox,
          DEMO_DATA: "false",
          TRUST_PROXY: "true",
          RATE_LIMIT: "true",
          JOB_INTERVAL_SECONDS: "0.2",
          LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const output: string[] = [];
      child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
      child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 50_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`${name} exited: ${output.join("")}`);
        const ready = await fetch(`${base}/readyz`).catch(() => null);
        if (ready?.ok) break;
        if (Date.now() > deadline) throw new Error(`${name} not ready: ${output.join("")}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { name, base, child, output };
    }

    async function stop(proc: Proc) {
      if (proc.child.exitCode !== null) return;
      const exited = new Promise((resolve) => proc.child.once("exit", resolve));
      proc.child.kill("SIGTERM");
      await exited;
    }

    const request = async <T>(
      proc: Proc,
      method: string,
      pathname: string,
      options: { as?: SignedIn; body?: unknown; from?: string } = {},
    ) => {
      const response = await fetch(`${proc.base}${pathname}`, {
        method,
        headers: {
          origin: testOrigin,
          ...(options.as ? { cookie: options.as.cookie } : {}),
          ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
          ...(options.from ? { "x-forwarded-for": options.from } : {}),
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      const body = (await response.text()) as string;
      return { status: response.status, body, json: () => JSON.parse(body) as T };
    };

    /** Polls `found` until it holds; answers how long it took. */
    async function within(ms: number, found: () => Promise<boolean>): Promise<number> {
      const started = Date.now();
      while (!(await found())) {
        if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Date.now() - started;
    }

    it("finds a write made through one process by directory search and discovery through the other", async () => {
      const need = {
        issues: ["arbitrary_detention"],
        capacities: ["litigation"],
        countries: ["TD"],
      };
      const directoryNames = async (q: string) => {
        const r = await request<DirectoryResult>(b, "GET", `/api/v1/directory?q=${q}`, {
          as: searcher,
        });
        expect(r.status, r.body).toBe(200);
        return r.json().items.map((item) => item.name);
      };
      const discoveryNames = async () => {
        const r = await request<MatchResult>(b, "POST", "/api/v1/discovery/matches", {
          as: searcher,
          body: { need, requester: { organizationId: searcherOrg } },
        });
        expect(r.status, r.body).toBe(200);
        return r.json().items.map((item) => item.organization.name);
      };
      // B's indexes are loaded before the write, so what follows is catching up, not loading.
      expect(await directoryNames("Zinder")).toEqual([]);
      expect(await discoveryNames()).not.toContain("Zinder Detention Watch");

      const owner = await signedInUser(t, "owner");
      const created = await request<{ id: string }>(a, "POST", "/api/v1/organizations", {
        as: owner,
        body: sampleOrganization({
          name: "Zinder Detention Watch",
          countries: ["TD"],
          headquartersCountry: "TD",
          visibility: {
            mission: "public",
            work: "public",
            posture: "public",
            contacts: "members",
          } as never,
        }),
      });
      expect(created.status, created.body).toBe(201);
      const inDirectory = await within(5_000, async () =>
        (await directoryNames("Zinder")).includes("Zinder Detention Watch"),
      );
      const inDiscovery = await within(5_000, async () =>
        (await discoveryNames()).includes("Zinder Detention Watch"),
      );

      const renamed = await request(a, "PATCH", `/api/v1/organizations/${created.json().id}`, {
        as: owner,
        body: { name: "Tahoua Detention Watch" },
      });
      expect(renamed.status, renamed.body).toBe(200);
      const renamedInDirectory = await within(5_000, async () =>
        (await directoryNames("Tahoua")).includes("Tahoua Detention Watch"),
      );
      expect(await directoryNames("Zinder")).toEqual([]);
      console.info(
        `seen through B after a write through A: directory ${inDirectory} ms, discovery ${inDiscovery} ms, rename ${renamedInDirectory} ms`,
      );
    });

    it("closes each due proposal once and mails each reminder once, with both processes running the jobs", async () => {
      await t.services.db.execute(
        sql`update proposals set closes_at = now() - interval '1 second' where id in ${sql.raw(
          `(${closing.map((p) => `'${p.id}'`).join(",")})`,
        )}`,
      );
      await within(10_000, async () => {
        const open = rowsOf<{ n: number }>(
          await t.services.db.execute(
            sql`select count(*)::int as n from proposals where status = 'open' and closes_at < now()`,
          ),
        );
        return open[0]?.n === 0;
      });
      // Let both processes run several more rounds (every 0.2 s) over the same rows.
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      const closings = rowsOf<{ proposal_id: string; was: string; by_process: string }>(
        await t.services.db.execute(sql`select * from test_closings`),
      );
      expect(closings.map((c) => c.proposal_id).sort()).toEqual(closing.map((p) => p.id).sort());
      expect(closings.every((c) => c.was === "open")).toBe(true);

      // Every representative of a silent organisation gets each closing reminder in one mail.
      const mails = await readMails();
      for (const person of representatives) {
        for (const proposal of reminded) {
          const carrying = mails.filter(
            (m) => m.to === person.email && m.text.includes(proposal.title),
          );
          expect(carrying.length, `${person.email}: ${proposal.title}`).toBe(1);
        }
      }
      const senders = new Set(mails.map((m) => m.pid));
      console.info(
        `closed ${closings.length} proposals (${[...new Set(closings.map((c) => c.by_process))].join(", ")}); ${mails.length} reminder mails from ${senders.size} process(es)`,
      );
    });

    it("counts sign-in attempts made through both processes against one limit", async () => {
      const client = "203.0.113.45";
      const attempt = (proc: Proc, from = client) =>
        request(proc, "POST", "/api/auth/sign-in/email", {
          from,
          body: { email: uniqueEmail("spray"), password: "a wrong password" },
        });
      // Ten a minute, as on one process: alternately through A and B.
      for (let n = 1; n <= 10; n++) {
        expect((await attempt(n % 2 ? a : b)).status, `attempt ${n}`).toBe(401);
      }
      expect((await attempt(a)).status).toBe(429);
      expect((await attempt(b)).status).toBe(429);

      // Twenty at once from another client, half through each: ten pass, ten are refused.
      const burst = await Promise.all(
        Array.from({ length: 20 }, (_, n) => attempt(n % 2 ? a : b, "198.51.100.77")),
      );
      const statuses = burst.map((r) => r.status);
      expect(statuses.filter((s) => s === 401).length).toBe(10);
      expect(statuses.filter((s) => s === 429).length).toBe(10);
    });

    async function readMails() {
      const files = (await readdir(outbox).catch(() => [] as string[])).filter((f) =>
        f.endsWith(".json"),
      );
      return Promise.all(
        files.map(async (file) => ({
          ...(JSON.parse(await readFile(path.join(outbox, file), "utf8")) as {
            to: string;
            subject: string;
            text: string;
          }),
          pid: file.split("-").at(-2),
        })),
      );
    }
  },
);
