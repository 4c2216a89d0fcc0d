/**
 * What the discovery benchmark and its profiler share: the requester organisation, and the
 * needs drawn (seeded) from the taxonomy.
 */
import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "../server/db/client.ts";
import type { MatchQuery, TeamQuery } from "../shared/discovery.ts";

/**
 * The requester: the first discoverable, listed organisation whose work fields signed-in
 * people may see (by id, so every run picks the same one).
 */
export async function requesterOrganization(database: Database): Promise<string> {
  const [row] = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from organizations
      where discoverable and not hidden_from_directory
        and visibility ->> 'work' in ('public', 'signed_in')
      order by id limit 1`),
  );
  if (!row) throw new Error("no organisation to search for");
  return row.id;
}

/** A small seeded generator (mulberry32), so every run sends the same needs. */
function random(seedValue: number) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(next: () => number, from: readonly string[], n: number): string[] {
  const pool = [...from];
  const chosen: string[] = [];
  while (chosen.length < n && pool.length) {
    const i = Math.floor(next() * pool.length);
    chosen.push(pool.splice(i, 1)[0] as string);
  }
  return chosen;
}

export type Vocabulary = { issues: string[]; capacities: string[]; countries: string[] };

export async function vocabulary(database: Database): Promise<Vocabulary> {
  const rows = rowsOf<{ vocabulary: string; key: string }>(
    await database.db.execute(sql`select vocabulary, key from taxonomy_terms
      where vocabulary in ('issue', 'capacity', 'country') order by vocabulary, key`),
  );
  const of = (v: string) => rows.filter((r) => r.vocabulary === v).map((r) => r.key);
  return { issues: of("issue"), capacities: of("capacity"), countries: of("country") };
}

export type NeedPair = { matches: MatchQuery; team: TeamQuery };

/**
 * `count` pairs of needs: for matches 3 issues, 4 capacities and 2 countries (top 20); for a
 * team 8 capacities and 3 countries; every term drawn at random from the whole vocabulary.
 */
export function drawNeeds(
  words: Vocabulary,
  requester: string,
  count: number,
  seed: number,
): NeedPair[] {
  const next = random(seed);
  const list: NeedPair[] = [];
  for (let i = 0; i < count; i++) {
    list.push({
      matches: {
        need: {
          issues: pick(next, words.issues, 3),
          capacities: pick(next, words.capacities, 4),
          countries: pick(next, words.countries, 2),
        },
        requester: { organizationId: requester },
        limit: 20,
      },
      team: {
        need: {
          capacities: pick(next, words.capacities, 8),
          countries: pick(next, words.countries, 3),
        },
        requester: { organizationId: requester },
      },
    });
  }
  return list;
}
