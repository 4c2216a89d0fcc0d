/**
 * What the coalition benchmark and its profiler share: the app's settings, the reader, the
 * coalition and proposals to read, and the calls the coalition home makes on first load.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { buildApp } from "../server/app.ts";
import type { Config } from "../server/config.ts";
import { type Database, rowsOf } from "../server/db/client.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";

/** The PostgreSQL database the benchmark creates (and keeps with --keep). */
export const benchDatabase = "cg_bench_coalition";

/** The person the benchmark reads as: an owner and representative of a member organisation. */
export const reader = { email: "reader@bench.example.org", password: "bench reader password 2026" };

/** Production settings on loopback, quiet, without rate limits; a fresh data directory. */
export function benchConfig(): Config {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cg-bench-app-"));
  return {
    env: "production",
    host: "127.0.0.1",
    port: 0,
    publicUrl: "http://127.0.0.1",
    dataDir,
    databaseUrl: undefined,
    databasePoolSize: 10,
    authSecret: "bench-secret-bench-secret-bench-secret-01",
    smtpUrl: undefined,
    mailFrom: "Common Ground <bench@example.org>",
    outboxDir: path.join(dataDir, "outbox"),
    logLevel: "silent",
    demoData: false,
    trustProxy: false,
    rateLimit: false,
    jobIntervalMs: 30_000,
    fileStore: { kind: "local", root: path.join(dataDir, "files") },
  };
}

export type Target = { coalitionId: string; readerOrganizationId: string };

/** The coalition, and the member organisation the reader represents (role member). */
export async function findTarget(database: Database): Promise<Target> {
  const [row] = rowsOf<{ coalition_id: string; organization_id: string }>(
    await database.db.execute(sql`select m.coalition_id, m.organization_id
      from coalition_members m where m.role = 'member' and m.status = 'active'
      and exists (select 1 from proposal_stances s where s.organization_id = m.organization_id)
      order by m.status_since, m.organization_id limit 1`),
  );
  if (!row) throw new Error("no member organisation to read as");
  return { coalitionId: row.coalition_id, readerOrganizationId: row.organization_id };
}

/**
 * Creates the reader once (owner of the organisation and its representative in the
 * coalition), then signs in through the real route; returns the session cookie.
 */
export async function signIn(
  app: Awaited<ReturnType<typeof buildApp>>,
  database: Database,
  target: Target,
  publicUrl: string,
): Promise<string> {
  const existing = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from users where email = ${reader.email}`),
  );
  if (!existing.length) {
    const userId = await createVerifiedUser(
      { db: app.services.db, auth: app.services.auth },
      { email: reader.email, name: "Bench Reader", password: reader.password },
    );
    await database.db.execute(sql`insert into organization_members
      (organization_id, user_id, role) values (${target.readerOrganizationId}, ${userId}, 'owner')`);
    await database.db.execute(sql`insert into coalition_representatives
      (coalition_id, organization_id, user_id) values (${target.coalitionId}, ${target.readerOrganizationId}, ${userId})`);
  }
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: publicUrl, "content-type": "application/json" },
    payload: reader,
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export type HomeCall = {
  key: string;
  label: string;
  path: string;
  /** Calls whose answers the page waits for before it sends this one. */
  after: string[];
};

/**
 * What a first load of the coalition home asks for, and in which order. The header's unread
 * count and the reader's organisations wait for `me` (web/src/lib/hooks.ts, components/
 * Layout.tsx); CoalitionPage renders its sections once the coalition, `me` and the
 * organisations are in (web/src/features/coalitions/CoalitionPage.tsx), and the charter,
 * proposals, meetings, action items and threads sections then ask for theirs (the last
 * four only for a reader inside, as this one is; features/coalitions, meetings and
 * discussions).
 */
export function homeCalls(coalitionId: string): HomeCall[] {
  const c = `/api/v1/coalitions/${coalitionId}`;
  const sections = ["me", "mine", "coalition"];
  return [
    { key: "me", label: "me", path: "/api/v1/me", after: [] },
    { key: "coalition", label: "coalition (charter, members)", path: c, after: [] },
    {
      key: "unread",
      label: "unread notifications (header)",
      path: "/api/v1/me/notifications?limit=1",
      after: ["me"],
    },
    { key: "mine", label: "my organisations", path: "/api/v1/organizations/mine", after: ["me"] },
    { key: "charters", label: "charter versions", path: `${c}/charters`, after: sections },
    { key: "proposals", label: "proposals", path: `${c}/proposals`, after: sections },
    {
      key: "meetings",
      label: "upcoming meetings",
      path: `${c}/meetings?when=upcoming&limit=3`,
      after: sections,
    },
    {
      key: "open",
      label: "action items, open",
      path: `${c}/action-items?status=open&limit=100`,
      after: sections,
    },
    {
      key: "started",
      label: "action items, in progress",
      path: `${c}/action-items?status=in_progress&limit=100`,
      after: sections,
    },
    { key: "threads", label: "threads", path: `${c}/threads?limit=5`, after: sections },
  ];
}

/**
 * Sends the calls as the page does: each as soon as the answers it waits for are in, over
 * whatever connections `get` uses. Resolves when the last answer is in.
 */
export async function loadAsPage<A>(
  calls: HomeCall[],
  get: (path: string) => Promise<A>,
): Promise<{ ms: number; answers: A[] }> {
  const started = performance.now();
  const byKey = new Map(calls.map((c) => [c.key, c]));
  const sent = new Map<string, Promise<A>>();
  const send = (call: HomeCall): Promise<A> => {
    let answer = sent.get(call.key);
    if (!answer) {
      const before = call.after.map((key) => {
        const needed = byKey.get(key);
        if (!needed) throw new Error(`${call.key} waits for unknown call ${key}`);
        return send(needed);
      });
      answer = Promise.all(before).then(() => get(call.path));
      sent.set(call.key, answer);
    }
    return answer;
  };
  const answers = await Promise.all(calls.map(send));
  return { ms: performance.now() - started, answers };
}

export type Sample = { label: string; id: string; stances: number };

/**
 * One proposal for each status and setting (open or closed; plain, hidden results or
 * anonymous), the one with most stances.
 */
export async function proposalSamples(database: Database, coalitionId: string): Promise<Sample[]> {
  const rows = rowsOf<{
    id: string;
    status: string;
    hidden: boolean;
    anonymous: boolean;
    n: number;
  }>(
    await database.db.execute(sql`select distinct on (p.status, p.hidden_results, p.anonymous)
        p.id, p.status, p.hidden_results as hidden, p.anonymous, c.n
      from proposals p
      join lateral (select count(*)::int as n from proposal_stances s where s.proposal_id = p.id) c on true
      where p.coalition_id = ${coalitionId} and not (p.hidden_results and p.anonymous)
      order by p.status desc, p.hidden_results, p.anonymous, c.n desc, p.id`),
  );
  return rows.map((r) => ({
    label: `${r.status}${r.hidden ? ", hidden results" : r.anonymous ? ", anonymous" : ""}`,
    id: r.id,
    stances: r.n,
  }));
}
