import { type SQL, sql } from "drizzle-orm";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { Problem } from "../../shared/problem.ts";
import { rowsOf } from "../db/client.ts";
import type { OrgRole } from "../../shared/organizations.ts";
import { organizationMembers } from "../modules/organizations/organizations.table.ts";
import type { SignedIn } from "./actors.ts";
import { type TestApp, testOrigin } from "./harness.ts";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One API call as `options.as`, or anonymously; anonymous calls still send our origin. */
export function call(
  t: TestApp,
  method: Method,
  url: string,
  options: {
    as?: SignedIn | null;
    payload?: InjectOptions["payload"];
    headers?: Record<string, string>;
  } = {},
): Promise<LightMyRequestResponse> {
  const headers = { ...(options.as?.headers ?? { origin: testOrigin }), ...options.headers };
  return t.app.inject({
    method,
    url,
    headers,
    ...(options.payload === undefined ? {} : { payload: options.payload }),
  });
}

/** Asserts an RFC 9457 problem with the given status, and returns it. */
export function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(response.json());
  expect(body.status).toBe(status);
  return body;
}

/** Adds a membership directly: fixtures only, the invitation flow has its own tests. */
export async function addMember(t: TestApp, organizationId: string, userId: string, role: OrgRole) {
  await t.services.db.insert(organizationMembers).values({ organizationId, userId, role });
}

async function rows(t: TestApp, query: SQL): Promise<unknown[]> {
  return rowsOf(await t.services.db.execute(query));
}

/**
 * Tables that change as a side effect of any signed-in request (sessions, rate limits,
 * sign-in failures) or that no request writes (taxonomies), left out of before/after checks.
 */
const incidentalTables = new Set([
  "sessions",
  "rate_limits",
  "sign_in_failures",
  "verifications",
  "taxonomy_terms",
  "users",
]);

/**
 * Every row of every table a request could change, for before/after checks. New modules'
 * tables are included without being listed here.
 */
export async function databaseState(t: TestApp) {
  const tables = (await rows(
    t,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as { name: string }[];
  const state: Record<string, unknown> = {
    users: await rows(
      t,
      sql`select id, name, email, locale, is_platform_admin from users order by id`,
    ),
  };
  // One fingerprint per table (row count and a digest of every row in a stable order),
  // computed by the database in one round trip: comparing whole tables row by row in
  // JavaScript grew with every world the access-control table built.
  const fingerprints = tables
    .filter(({ name }) => !incidentalTables.has(name) && !name.startsWith("__drizzle"))
    .map(
      ({ name }) =>
        sql`select ${name}::text as name, count(*)::int as rows,
              md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as digest
            from ${sql.identifier(name)} t`,
    );
  if (fingerprints.length) {
    const digests = (await rows(t, sql.join(fingerprints, sql` union all `))) as {
      name: string;
      rows: number;
      digest: string;
    }[];
    for (const d of digests) state[d.name] = { rows: d.rows, digest: d.digest };
  }
  return state;
}

/** A real 1×1 PNG image. */
export const pngBytes = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The token at the end of an invitation link. */
export function tokenFrom(link: string | undefined): string {
  const token = link?.split("/invitations/")[1];
  if (!token) throw new Error(`not an invitation link: ${link}`);
  return token;
}

/** Every table but the audit log, which an audited read adds to. */
export const withoutAudit = (state: Record<string, unknown>) => ({
  ...state,
  audit_entries: undefined,
});
