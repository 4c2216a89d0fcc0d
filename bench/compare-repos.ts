/**
 * Checks that the proposed directory repository answers exactly like the current one, for every
 * query of the benchmark mix, anonymous and signed in, first and second page.
 *
 *   npx tsx bench/compare-repos.ts            # on cg_bench (DATABASE_URL's server)
 */
import { isDeepStrictEqual } from "node:util";
import { openDatabase } from "../server/db/client.ts";
import type { Actor } from "../server/modules/auth/actor.ts";
import { createDirectoryRepo } from "../server/modules/directory/directory.repo.ts";
import { createDirectoryService } from "../server/modules/directory/directory.service.ts";
import { parseQueryString } from "./capture-sql.ts";
import { createProposedDirectoryRepo } from "./directory-proposed.ts";
import { buildVariants, toSearchParams } from "./queries.ts";

const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
url.pathname = "/cg_bench";
const database = await openDatabase({ databaseUrl: url.toString() });
const current = createDirectoryService({ repo: createDirectoryRepo(database.db) });
// PROPOSED_SORT_KEY=name_sort_key checks the variant that reads the stored sort key column.
const sortKeyColumn = process.env.PROPOSED_SORT_KEY;
const proposed = createDirectoryService({
  repo: createProposedDirectoryRepo(database.db, sortKeyColumn ? { sortKeyColumn } : {}),
});
const member: Actor = {
  userId: "bench",
  name: "Bench",
  email: "bench@example.org",
  isPlatformAdmin: false,
};

let checked = 0;
const failures: string[] = [];
try {
  const queries = (await buildVariants(database)).map((v) =>
    toSearchParams(v.firstPageOf ?? v.params).toString(),
  );
  for (const query of [...new Set(queries)]) {
    for (const actor of [null, member]) {
      const parsed = parseQueryString(query);
      const a = await current.search(actor, parsed);
      const b = await proposed.search(actor, parsed);
      checked++;
      if (!isDeepStrictEqual(a, b))
        failures.push(`${query} (${actor ? "signed in" : "anonymous"})`);
      if (a.nextCursor) {
        const next = parseQueryString(
          `${query}${query ? "&" : ""}cursor=${encodeURIComponent(a.nextCursor)}`,
        );
        const a2 = await current.search(actor, next);
        const b2 = await proposed.search(actor, next);
        checked++;
        if (!isDeepStrictEqual(a2, b2)) {
          failures.push(`${query} page 2 (${actor ? "signed in" : "anonymous"})`);
        }
      }
    }
  }
} finally {
  await database.close();
}
process.stdout.write(`${checked} answers compared, ${failures.length} different\n`);
for (const f of failures) process.stdout.write(`  differs: ${f}\n`);
if (failures.length) process.exitCode = 1;
