/**
 * The SQL the directory search sends for a given query string, captured by running the real
 * service and repository against a stand-in database that records statements instead of
 * executing them. Used by bench/explain.ts.
 */
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "../server/db/client.ts";
import { createDirectoryRepo } from "../server/modules/directory/directory.repo.ts";
import { createDirectoryService } from "../server/modules/directory/directory.service.ts";
import type { Actor } from "../server/modules/auth/actor.ts";
import { DirectoryQuery } from "../shared/directory.ts";

export type CapturedStatement = { sql: string; params: unknown[] };

/** `?q=a&issue=x&issue=y` → the object the route's query-string parser would build. */
export function parseQueryString(query: string): DirectoryQuery {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const existing = raw[key];
    raw[key] = existing === undefined ? value : [...[existing].flat(), value];
  }
  return DirectoryQuery.parse(raw);
}

const emptyResult = { rows: [{ result: { items: [], total: 0, facets: [] } }] };

/** Every statement the search runs for `query`, in order (the last one is the search itself). */
export async function captureDirectorySql(
  query: string,
  options: { signedIn?: boolean; createRepo?: typeof createDirectoryRepo } = {},
): Promise<CapturedStatement[]> {
  const dialect = new PgDialect();
  const captured: CapturedStatement[] = [];
  const execute = async (statement: SQL) => {
    const { sql, params } = dialect.sqlToQuery(statement);
    captured.push({ sql, params });
    return emptyResult;
  };
  const tx = { execute };
  const recorder = {
    execute,
    transaction: async <T>(run: (t: typeof tx) => Promise<T>) => run(tx),
  } as unknown as Db;
  const repo = (options.createRepo ?? createDirectoryRepo)(recorder);
  const service = createDirectoryService({ repo });
  const actor: Actor | null = options.signedIn
    ? { userId: "bench", name: "Bench", email: "bench@example.org", isPlatformAdmin: false }
    : null;
  await service.search(actor, parseQueryString(query));
  return captured;
}
