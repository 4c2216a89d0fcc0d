import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../db/client.ts";
import type { TestApp } from "./harness.ts";

async function rows(t: TestApp, query: SQL): Promise<unknown[]> {
  return rowsOf(await t.services.db.execute(query));
}

/**
 * Tables that change as a side effect of any signed-in request (sessions, rate limits,
 * sign-in failures) or that no request writes (taxonomies), left out of before/after checks.
 */
const incidentalTables = [
  "sessions",
  "rate_limits",
  "sign_in_failures",
  "verifications",
  "taxonomy_terms",
  "users",
];

/** The tables a before/after check fingerprints, as a SQL condition on information_schema.tables. */
const trackedTables = `table_schema = 'public' and table_type = 'BASE TABLE'
  and table_name not like '\\_\\_drizzle%'
  and table_name not in (${incidentalTables.map((n) => `'${n}'`).join(", ")})`;

/**
 * A row's fingerprint: the two halves of the MD5 of its JSON text, as numbers. A table's
 * fingerprint is its row count and the sums of its rows' halves: the same rows give the same
 * sums whatever their order or history, and other rows give other sums (but with chance 2^-128).
 */
const halves = (md5: string) =>
  `('x' || substr(${md5}, 1, 16))::bit(64)::bigint::numeric,
   ('x' || substr(${md5}, 17, 16))::bit(64)::bigint::numeric`;

/**
 * Installs, once per database, a trigger on every fingerprinted table that adds each changed
 * row's fingerprint to test_state.changes (an inserted row's, less a deleted row's), after a
 * baseline computed from the rows as they are. Reading the state is then one small sum, instead
 * of reading every row of every table on each check, which made the access-control and
 * bad-input tables grow with the square of what they had written. Everything is in one
 * statement, so no write falls between the baseline and the triggers. (A table whose user
 * triggers are switched off is not followed while they are: no test that checks state does it.)
 */
const install = sql.raw(`do $install$
declare tracked text;
begin
  if to_regclass('test_state.changes') is not null then return; end if;
  create schema test_state;
  create table test_state.changes (
    table_name text not null, rows bigint not null, h1 numeric not null, h2 numeric not null);
  create function test_state.track() returns trigger language plpgsql as $track$
  declare m text;
  begin
    if tg_op = 'UPDATE' and to_jsonb(old) = to_jsonb(new) then return null; end if;
    if tg_op <> 'INSERT' then
      m := md5(to_jsonb(old)::text);
      insert into test_state.changes
        select tg_table_name, -1, -a, -b from (select ${halves("m")}) as h(a, b);
    end if;
    if tg_op <> 'DELETE' then
      m := md5(to_jsonb(new)::text);
      insert into test_state.changes select tg_table_name, 1, ${halves("m")};
    end if;
    return null;
  end $track$;
  for tracked in select table_name from information_schema.tables where ${trackedTables} loop
    execute format('create trigger zz_test_state_track after insert or update or delete on public.%I
      for each row execute function test_state.track()', tracked);
    execute format('insert into test_state.changes
      select %L, count(*), coalesce(sum(a), 0), coalesce(sum(b), 0)
      from (select ${halves("md5(to_jsonb(t)::text)").replaceAll("'", "''")} from public.%I t) as h(a, b)',
      tracked, tracked);
  end loop;
end $install$`);

const installed = new WeakMap<object, Promise<unknown>>();

/** The users as a check compares them: who they are, not when they last signed in. */
const usersOf = (t: TestApp) =>
  rows(t, sql`select id, name, email, locale, is_platform_admin from users order by id`);

type TableState = { rows: number; digest: string };
const stateOf = (users: unknown[], tables: (TableState & { name: string })[]) => {
  const state: Record<string, unknown> = { users };
  for (const { name, ...table } of tables) state[name] = table;
  return state;
};

/**
 * Every row of every table a request could change, for before/after checks: the users, and a
 * fingerprint of each other table (its row count and a digest of its rows). New modules' tables
 * are included without being listed here.
 */
export async function databaseState(t: TestApp) {
  const db = t.services.db;
  let ready = installed.get(db);
  if (!ready) {
    ready = db.execute(install);
    installed.set(db, ready);
  }
  await ready;
  const tables = (await rows(
    t,
    sql`select table_name as name, sum(rows)::int as rows, sum(h1)::text || ':' || sum(h2)::text as digest
        from test_state.changes group by table_name`,
  )) as (TableState & { name: string })[];
  return stateOf(await usersOf(t), tables);
}

/**
 * The same state computed from the rows themselves, not from what the triggers saw: for the
 * check that the two agree (server/test/database-state.test.ts and the end of the long tables).
 */
export async function scannedDatabaseState(t: TestApp) {
  const names = (await rows(
    t,
    sql`select table_name as name from information_schema.tables where ${sql.raw(trackedTables)}`,
  )) as { name: string }[];
  const scans = names.map(
    ({ name }) =>
      sql`select ${name}::text as name, count(*)::int as rows,
            coalesce(sum(a), 0)::text || ':' || coalesce(sum(b), 0)::text as digest
          from (select ${sql.raw(halves("md5(to_jsonb(t)::text)"))} from ${sql.identifier(name)} t) as h(a, b)`,
  );
  const tables = scans.length
    ? ((await rows(t, sql.join(scans, sql` union all `))) as (TableState & { name: string })[])
    : [];
  return stateOf(await usersOf(t), tables);
}

/** Every table but the audit log, which an audited read adds to. */
export const withoutAudit = (state: Record<string, unknown>) => ({
  ...state,
  audit_entries: undefined,
});
