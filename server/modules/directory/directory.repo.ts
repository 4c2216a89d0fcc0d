import { type SQL, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.ts";
import type { DirectoryQuery } from "../../../shared/directory.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { Visibility } from "../../../shared/organizations.ts";
import { changesOf } from "../../lib/versioned-index.ts";
import { type EntryRow, FacetIndex } from "./facet-index.ts";
import { countriesOfHumanitarianRegions } from "../../../shared/humanitarian-regions.ts";
import type { SearchedVocabulary, TermMatcher } from "../../../shared/search/index.ts";
import { directoryTextQuery, tokensQuery } from "./search-query.ts";

export type DirectoryRow = {
  id: string;
  name: string;
  acronym: string | null;
  logo_file: string | null;
  types: string[];
  level: string;
  headquarters_country: string | null;
  verified: boolean;
  mission: LocalizedText | null;
  countries: string[];
  issues: string[];
  sort_key: string;
};

export type Keyset = { k: string; id: string };
/** A directory entry as partner discovery reads it. */
export type DiscoveryEntryRow = {
  seq: number;
  organization_id: string;
  removed: boolean;
  discoverable: boolean;
  work_visibility: string;
  posture_visibility: string;
  verified: boolean;
  types: string[];
  level: string;
  regions: string[];
  countries: string[];
  issues: string[];
  capacities: string[];
  languages: string[];
  postures: string[];
};

/** Typos of up to about a third of a word's letters still find the name. */
const nameSimilarityThreshold = "0.45";

/**
 * The directory's SQL. `matcher` (the taxonomy labels of every language) turns words into terms;
 * it is built once the taxonomies are read, as they change only by migration.
 */
export function createDirectoryRepo(db: Db, terms: () => Promise<TermMatcher>) {
  const index = new FacetIndex(async (since) => {
    const result = await db.execute(sql`
      select s.version as state, e.seq, e.version, e.removed, e.work_visibility, e.verified,
             e.types, e.level, e.regions, e.countries, e.issues, e.capacities, e.languages
      from directory_state s left join directory_entries e on e.version > ${since}`);
    return changesOf(rowsOf<EntryRow & { state: string | number }>(result), since);
  });

  async function currentVersion(): Promise<number> {
    const result = await db.execute(sql`select version from directory_state where id = 1`);
    return Number(rowsOf<{ version: string | number }>(result)[0]?.version ?? 0);
  }

  return {
    currentVersion,

    /**
     * The entries changed since a version, with what discovery scores (postures, the opt-out),
     * for the discovery index, which keeps its own copy in step the same way the facets do.
     */
    async discoveryChangesSince(since: number) {
      const result = await db.execute(sql`
        select s.version as state, e.seq, e.organization_id, e.removed, e.discoverable,
               e.work_visibility, e.posture_visibility, e.verified, e.types, e.level,
               e.regions, e.countries, e.issues, e.capacities, e.languages, e.postures
        from directory_state s left join directory_entries e on e.version > ${since}`);
      return rowsOf<DiscoveryEntryRow & { state: string | number }>(result);
    },

    /** One page of matches, the total, and every facet's counts for the same match set. */
    async search(query: DirectoryQuery, visibleTo: Visibility[], keyset: Keyset | null) {
      const allowed = sql`array[${sql.join(
        visibleTo.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;
      const workVisible = sql`e.work_visibility = any(${allowed})`;
      const conditions: SQL[] = [sql`not e.removed`];

      const textQuery = query.q ? directoryTextQuery(query.q, await terms()) : null;
      const plain = query.q ? query.q.toLowerCase().replace(/\s+/g, " ").trim() : "";
      const tsq = textQuery?.exact ?? sql`''::tsquery`;
      const typoTsq = textQuery?.typo ?? sql`''::tsquery`;
      const qn = sql`cg_unaccent(${plain})`;
      // One vector per kind of searcher holds exactly what they may match (directory.table.ts).
      const vector = visibleTo.includes("signed_in")
        ? sql`e.search_signed_in`
        : sql`e.search_public`;
      // The filters on terms the search vector holds as tokens (types always; regions, countries,
      // issues and capacities where this searcher may see the work) join the tsquery too, so the
      // GIN index intersects them with the words: "rights" in Kenya then reads the rows of its
      // 2,165 matches, not of the 36,951 entries "rights" finds anywhere. The filters below
      // still decide; these tokens only narrow what the index hands them.
      const tokenFilters: SQL[] = [];
      const tokens = (vocabulary: SearchedVocabulary, keys: string[] | undefined) => {
        const filter = tokensQuery((keys ?? []).map((key) => ({ vocabulary, key })));
        if (filter) tokenFilters.push(filter);
      };
      tokens("org_type", query.type);
      tokens("region", query.region);
      if (query.humanitarianRegion?.length) {
        tokens("country", countriesOfHumanitarianRegions(query.humanitarianRegion));
      }
      tokens("country", query.country);
      tokens("issue", query.issue);
      tokens("capacity", query.capacity);
      const narrowed = (words: SQL) =>
        tokenFilters.length ? sql`(${words} && ${sql.join(tokenFilters, sql` && `)})` : words;
      const textMatch = sql`(${vector} @@ ${narrowed(tsq)})`;
      const wordsMatch = sql`(${vector} @@ ${tsq})`;
      // Exact (prefix) matches rank above every typo-tolerant one: 1 + their rank in the name.
      // Ranking on the whole search vector cost over 400 ms for a common word (each of tens of
      // thousands of large vectors read back from TOAST); the name vector is small and inline.
      // Scores stay double precision: rounding each of 37,000 of them to numeric cost about a
      // fifth of a common word's time, and a double's text form reads back as the same double,
      // so the cursor's score compares exactly.
      const exactScore = sql`1 + ts_rank(e.name_vector, ${tsq})::float8`;
      const nameSimilarity = sql`word_similarity(${qn}, e.name_search)::float8`;
      const anyOf = (column: SQL, values: string[] | undefined, guarded: boolean) => {
        if (!values?.length) return;
        const list = sql`array[${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )}]::text[]`;
        conditions.push(
          guarded ? sql`(${workVisible} and ${column} && ${list})` : sql`${column} && ${list}`,
        );
      };
      anyOf(sql`e.types`, query.type, false);
      anyOf(sql`array[e.level]`, query.level, false);
      anyOf(sql`e.regions`, query.region, true);
      if (query.humanitarianRegion?.length) {
        anyOf(sql`e.countries`, countriesOfHumanitarianRegions(query.humanitarianRegion), true);
      }
      anyOf(sql`e.countries`, query.country, true);
      anyOf(sql`e.issues`, query.issue, true);
      anyOf(sql`e.capacities`, query.capacity, true);
      anyOf(sql`e.languages`, query.language, true);
      if (query.verified) conditions.push(sql.raw(`e.verified = ${query.verified}`));

      const byRelevance = query.sort === "relevance" && textQuery !== null;
      const order = byRelevance ? sql`m.key desc, m.id` : sql`m.key, m.id`;
      const after = keyset
        ? byRelevance
          ? sql`where (m.key < ${keyset.k}::float8 or (m.key = ${keyset.k}::float8 and m.id > ${keyset.id}::uuid))`
          : sql`where (m.key, m.id) > (${keyset.k}, ${keyset.id}::uuid)`
        : sql``;
      const shown = (column: string, visible: SQL) =>
        sql
          .raw(`case when `)
          .append(visible)
          .append(sql.raw(` then o.${column} end`));
      // The page's display fields come from the profiles, hidden fields already withheld.
      const items = (pageSource: SQL) => sql`coalesce((select json_agg(json_build_object(
            'id', o.id, 'name', o.name, 'acronym', o.acronym, 'logo_file', o.logo_file,
            'types', o.types, 'level', o.level, 'headquarters_country', o.headquarters_country,
            'verified', o.verified_at is not null,
            'mission', ${shown("mission", sql`d.mission_visibility = any(${allowed})`)},
            'countries', coalesce(${shown("countries", sql`d.work_visibility = any(${allowed})`)}, '{}'),
            'issues', coalesce(${shown("issues", sql`d.work_visibility = any(${allowed})`)}, '{}'),
            'sort_key', p.sort_key
          ) order by ${byRelevance ? sql`p.key desc, p.id` : sql`p.key, p.id`})
          from ${pageSource} p join organizations o on o.id = p.id
            join directory_entries d on d.organization_id = p.id), '[]'::json)`;
      const where = sql.join(conditions, sql` and `);
      // Each match carries only what orders and pages it: its number (for the facet counts), its
      // id and its key, the score in relevance order and the name in name order. A common word's
      // tens of thousands of rows are held until the page is cut, and ranking them is skipped
      // when the order is by name; the page's own fields are read after.
      const entry = sql`e.seq, e.organization_id as id`;
      const byScore = (score: SQL) => (byRelevance ? score : sql`e.name_key`);
      const listed = sql`select ${entry}, e.name_key as key from directory_entries e where ${where}`;
      // Typo-tolerant matching is costly, and only needed when the words as typed find little:
      // it joins in when they find fewer than this. With filters, what the words find on their
      // own decides ("women" in one country finds 42 entries, and holds no typo), counted only
      // when the exact matches are few. The words' own matches are a CTE so that they are planned
      // without the limit: with it, the planner walks the name index and reads the search vector
      // of every entry back from TOAST until 50 match, which for a misspelled word is all of them.
      const fuzzyBelow = 50;
      const filtered = conditions.length > 1;
      const wordsAlone = filtered
        ? sql`words as materialized (
            select e.seq from directory_entries e where not e.removed and ${wordsMatch}
          ),`
        : sql``;
      const little = filtered
        ? sql`(select count(*) from exact) < ${fuzzyBelow}
              and (select count(*) from (select from words limit ${fuzzyBelow}) w) < ${fuzzyBelow}`
        : sql`(select count(*) from exact) < ${fuzzyBelow}`;
      // The typo-tolerant matches: a name like the text (trigrams), or the words one swap away.
      // Two scans put together rather than one scan of either: a row the trigram index proposes
      // and its similarity rejects would otherwise be tested against the search vector, read
      // back from TOAST.
      const textMatched = sql`
        exact as materialized (
          select ${entry}, ${byScore(exactScore)} as key
          from directory_entries e where ${where} and ${textMatch}
        ),
        ${wordsAlone}
        little as materialized (select ${little} as yes),
        fuzzy as materialized (
          select f.seq, f.id, ${byRelevance ? sql`least(0.999, max(f.key))` : sql`min(f.key)`} as key
          from (
            select ${entry}, ${byScore(nameSimilarity)} as key
            from directory_entries e
            where (select yes from little) and ${where} and ${qn} <% e.name_search
            union all
            select ${entry},
              ${byScore(sql`greatest(${nameSimilarity}, 0.5 + ts_rank(e.name_vector, ${typoTsq})::float8 / 2)`)}
            from directory_entries e
            where (select yes from little) and ${where} and ${vector} @@ ${narrowed(typoTsq)}
          ) f
          where f.seq <> all(array(select seq from exact))
          group by f.seq, f.id
        ),
        matched as (select * from exact union all select * from fuzzy)`;
      const page = sql`(
          select m.*, m.key::text as sort_key
          from matched m ${after}
          order by ${order}
          limit ${query.limit + 1})`;

      if (!textQuery) {
        // No text: the index filters and counts every entry; the database only finds the page,
        // walking the name index.
        await index.catchUp(await currentVersion());
        const { total, facets } = index.summarize(null, query, visibleTo);
        const result = await db.execute(
          sql`with matched as (${listed}) select ${items(page)} as items`,
        );
        const row = rowsOf<{ items: DirectoryRow[] }>(result)[0];
        return { items: row?.items ?? [], total, facets };
      }

      const statement = sql`
        with ${textMatched}
        select (select version from directory_state where id = 1) as version,
               (select coalesce(json_agg(seq), '[]'::json) from matched) as seqs,
               ${items(page)} as items`;
      const row = await db.transaction(async (tx) => {
        // The planner overestimates how many entries a prefix tsquery matches (five times for
        // "women": each language's stem of the word is one more alternative) and then reads
        // every entry's search vector back from TOAST in a sequential scan: 457 ms against
        // 63 ms through the GIN index for "women" on 100,000 entries. The matching here is
        // always selective enough for the index, so a sequential scan is ruled out for this
        // transaction only.
        await tx.execute(
          sql`select set_config('pg_trgm.word_similarity_threshold', ${nameSimilarityThreshold}, true),
                     set_config('enable_seqscan', 'off', true)`,
        );
        return rowsOf<{ version: string | number; seqs: number[]; items: DirectoryRow[] }>(
          await tx.execute(statement),
        )[0];
      });
      await index.catchUp(Number(row?.version ?? 0));
      const { total, facets } = index.summarize(row?.seqs ?? [], {}, visibleTo);
      return { items: row?.items ?? [], total, facets };
    },
  };
}
export type DirectoryRepo = ReturnType<typeof createDirectoryRepo>;
