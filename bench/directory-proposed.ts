/**
 * A proposed replacement for server/modules/directory/directory.repo.ts, kept in bench/ so it can
 * be measured against the current one without touching the app (bench/directory.bench.ts
 * --variant proposed swaps it in behind the real HTTP route; bench/explain.ts --variant proposed
 * plans and times its SQL). Same inputs, same result shape, same matching and ordering rules.
 *
 * What changes, and why (see docs/PERFORMANCE.md for the measurements):
 *
 * 1. Without text, the page is its own query with ORDER BY ... LIMIT directly on `organizations`,
 *    so the landing state and filter-only searches walk organizations_name_sort_idx and stop after
 *    one page. With text, the match is evaluated once into a narrow materialized CTE (ids, the
 *    sort key the order needs, facet arrays; no mission text), the page's ids are taken from it
 *    and joined back to `organizations` for the columns shown.
 * 2. Facet counts are computed in ONE pass: a zipped `unnest(types, [level], regions, ...)` per
 *    organisation and GROUPING SETS, instead of eight scans of a materialized CTE that also
 *    carried every mission text (the CTE spilled to disk: 64 MB written and 570 MB read per query
 *    at 100,000 organisations). The total is the sum of the level counts (every organisation
 *    has exactly one level), so no extra count(*) pass is needed.
 * 3. JIT is switched off for the transaction: the plans cost just above jit_above_cost at
 *    100,000 rows and JIT compilation alone took ~180 ms of every broad query.
 * 4. Optionally (`facetCacheSeconds`), the facet counts and total of a query are kept in memory
 *    for a short time, keyed by the query without its cursor, sort and limit, and by who is
 *    asking. They are reused for the landing state (no text, no filters: by far the most frequent
 *    query, and a full pass over the table) and for later pages, whose counts are those of their
 *    first page. A first page with text or filters is always counted afresh. When the landing
 *    state's counts have expired they are still served while one background query recounts.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../server/db/client.ts";
import type { DirectoryRow, Keyset } from "../server/modules/directory/directory.repo.ts";
import { toPrefixQuery } from "../server/modules/directory/directory.repo.ts";
import type { DirectoryQuery, FacetName } from "../shared/directory.ts";
import type { Visibility } from "../shared/organizations.ts";

const nameSimilarityThreshold = "0.45";

type Facet = { facet: FacetName; key: string; count: number };
type Counts = { total: number; facets: Facet[] };

export type ProposedOptions = {
  /** Seconds to keep facet counts per query; 0 turns the cache off. */
  facetCacheSeconds?: number;
  /** Turn JIT off for the search transaction. */
  jitOff?: boolean;
  maxCachedQueries?: number;
  /**
   * A stored column holding cg_unaccent(lower(name)) (with an index on it and id), instead of
   * computing the expression for every matched row. Needs a schema change; see
   * docs/PERFORMANCE.md.
   */
  sortKeyColumn?: string;
};

export function createProposedDirectoryRepo(db: Db, options: ProposedOptions = {}) {
  const cacheSeconds = options.facetCacheSeconds ?? 0;
  const jitOff = options.jitOff ?? true;
  const maxCached = options.maxCachedQueries ?? 500;
  const nameKey = options.sortKeyColumn
    ? sql.raw(`o.${options.sortKeyColumn}`)
    : sql`cg_unaccent(lower(o.name))`;
  const cache = new Map<string, { at: number; counts: Counts }>();

  const refreshing = new Set<string>();

  const repo = {
    async search(
      query: DirectoryQuery,
      visibleTo: Visibility[],
      keyset: Keyset | null,
      recount = false,
    ): Promise<{ items: DirectoryRow[]; total: number; facets: Facet[] }> {
      const allowed = sql`array[${sql.join(
        visibleTo.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;
      const workVisible = sql`o.work_visibility = any(${allowed})`;
      const missionVisible = sql`o.mission_visibility = any(${allowed})`;
      const conditions: SQL[] = [sql`not o.hidden_from_directory`];

      const prefix = query.q ? toPrefixQuery(query.q) : null;
      const plain = query.q ? query.q.toLowerCase().replace(/\s+/g, " ").trim() : "";
      let score: SQL = sql`0::numeric`;
      if (prefix) {
        const tsq = sql`to_tsquery('simple', cg_unaccent(${prefix}))`;
        const qn = sql`cg_unaccent(${plain})`;
        conditions.push(
          sql`(o.name_vector @@ ${tsq} or (${missionVisible} and o.mission_vector @@ ${tsq}) or ${qn} <% o.name_search)`,
        );
        score = sql`round((2 * ts_rank(o.name_vector, ${tsq}) + case when ${missionVisible} then ts_rank(o.mission_vector, ${tsq}) else 0 end + word_similarity(${qn}, o.name_search))::numeric, 6)`;
      }
      const filters: string[] = [];
      const anyOf = (column: SQL, name: string, values: string[] | undefined, guarded: boolean) => {
        if (!values?.length) return;
        filters.push(`${name}=${[...values].sort().join(",")}`);
        const list = sql`array[${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )}]::text[]`;
        conditions.push(
          guarded ? sql`(${workVisible} and ${column} && ${list})` : sql`${column} && ${list}`,
        );
      };
      anyOf(sql`o.types`, "type", query.type, false);
      anyOf(sql`array[o.level]`, "level", query.level, false);
      anyOf(sql`o.regions`, "region", query.region, true);
      anyOf(sql`o.countries`, "country", query.country, true);
      anyOf(sql`o.issues`, "issue", query.issue, true);
      anyOf(sql`o.capacities`, "capacity", query.capacity, true);
      anyOf(sql`o.working_languages`, "language", query.language, true);
      if (query.verified) {
        filters.push(`verified=${query.verified}`);
        conditions.push(sql.raw(`o.verified_at is ${query.verified === "true" ? "not " : ""}null`));
      }
      const where = sql.join(conditions, sql` and `);

      const byRelevance = query.sort === "relevance" && prefix !== null;
      const hideWork = (column: string) =>
        sql
          .raw(`case when `)
          .append(workVisible)
          .append(sql.raw(` then o.${column} else '{}' end`));

      // Columns the page shows; the facet columns hide work fields the searcher may not see.
      const columns = sql`o.id, o.name, o.acronym, o.logo_file, o.types, o.level, o.headquarters_country,
               o.verified_at is not null as verified,
               case when ${missionVisible} then o.mission end as mission,
               ${hideWork("countries")} as countries,
               ${hideWork("issues")} as issues`;
      const facetColumns = sql`o.types, o.level, (o.verified_at is not null)::text as verified,
               ${hideWork("regions")} as regions, ${hideWork("countries")} as countries,
               ${hideWork("issues")} as issues, ${hideWork("capacities")} as capacities,
               ${hideWork("working_languages")} as languages`;
      const limit = query.limit + 1;

      // Every facet in one pass over `source` (rows with facetColumns): the zipped unnest gives
      // one row per array position, each grouping set counts one column, skipping the NULLs
      // that pad the shorter arrays.
      const facetsOver = (source: SQL) => sql`
        select case
                 when grouping(u.type) = 0 then 'type'
                 when grouping(u.level) = 0 then 'level'
                 when grouping(u.region) = 0 then 'region'
                 when grouping(u.country) = 0 then 'country'
                 when grouping(u.issue) = 0 then 'issue'
                 when grouping(u.capacity) = 0 then 'capacity'
                 when grouping(u.language) = 0 then 'language'
                 else 'verified'
               end as facet,
               coalesce(u.type, u.level, u.region, u.country, u.issue, u.capacity, u.language, u.verified) as key,
               count(*)::int as n
        from (${source}) f
        cross join lateral unnest(
          f.types, array[f.level], f.regions, f.countries, f.issues, f.capacities, f.languages, array[f.verified]
        ) as u(type, level, region, country, issue, capacity, language, verified)
        group by grouping sets ((u.type), (u.level), (u.region), (u.country), (u.issue), (u.capacity), (u.language), (u.verified))
        having coalesce(u.type, u.level, u.region, u.country, u.issue, u.capacity, u.language, u.verified) is not null`;

      let matched: SQL | null;
      let page: SQL;
      let facetsSql: SQL;
      if (prefix === null) {
        // No text: the filters are cheap GIN or column tests, so the page is its own query in
        // name order (the name index, stopping after one page) and the facets another.
        matched = null;
        page = sql`
          select ${columns}, ${nameKey} as sort_key
          from organizations o
          where ${where}
          ${keyset ? sql`and (${nameKey}, o.id) > (${keyset.k}, ${keyset.id}::uuid)` : sql``}
          order by ${nameKey}, o.id
          limit ${limit}`;
        facetsSql = facetsOver(sql`select ${facetColumns} from organizations o where ${where}`);
      } else {
        // Text: evaluate the match once into a narrow CTE (no mission text, and only the sort
        // key the order needs), take the page's ids from it and join back for the columns shown.
        matched = sql`matched as materialized (
            select o.id, ${byRelevance ? sql`null::text` : nameKey} as name_key, ${byRelevance ? score : sql`0::numeric`} as score, ${facetColumns}
            from organizations o
            where ${where}
          )`;
        const order = byRelevance ? sql`m.score desc, m.id` : sql`m.name_key, m.id`;
        const after = keyset
          ? byRelevance
            ? sql`where (m.score < ${keyset.k}::numeric or (m.score = ${keyset.k}::numeric and m.id > ${keyset.id}::uuid))`
            : sql`where (m.name_key, m.id) > (${keyset.k}, ${keyset.id}::uuid)`
          : sql``;
        page = sql`
          select ${columns}, ${byRelevance ? sql`m.score::text` : sql`m.name_key`} as sort_key, m.score, m.name_key
          from (select m.id, m.score, m.name_key from matched m ${after} order by ${order} limit ${limit}) m
          join organizations o on o.id = m.id`;
        facetsSql = facetsOver(sql`select * from matched`);
      }
      const pageOrder = byRelevance
        ? sql`p.score desc, p.id`
        : prefix === null
          ? sql`p.sort_key, p.id`
          : sql`p.name_key, p.id`;

      // Cached counts are used for the landing state and for later pages (whose counts are
      // those of their first page); a first page with text or filters is always counted afresh.
      const cacheKey = JSON.stringify([visibleTo, plain, filters]);
      const landing = prefix === null && filters.length === 0;
      const cacheable = cacheSeconds > 0;
      const hit = cacheable && !recount && (landing || keyset) ? cache.get(cacheKey) : undefined;
      const age = hit ? performance.now() - hit.at : Number.POSITIVE_INFINITY;
      let fresh = age < cacheSeconds * 1000 ? (hit?.counts ?? null) : null;
      // The landing state is served stale while one background query counts afresh, so no
      // visitor waits for the full pass (bounded: never more than ten times the cache time).
      if (!fresh && hit && landing && age < cacheSeconds * 10_000) {
        fresh = hit.counts;
        if (!refreshing.has(cacheKey)) {
          refreshing.add(cacheKey);
          void repo
            .search(query, visibleTo, null, true)
            .catch(() => undefined)
            .finally(() => refreshing.delete(cacheKey));
        }
      }

      const items = sql`coalesce((select json_agg(p order by ${pageOrder}) from (${page}) p), '[]'::json)`;
      const ctes = [
        ...(matched ? [matched] : []),
        ...(fresh ? [] : [sql`facets as (${facetsSql})`]),
      ];
      const withClause = ctes.length ? sql`with ${sql.join(ctes, sql`, `)}` : sql``;
      const statement = fresh
        ? sql`${withClause} select json_build_object('items', ${items}) as result`
        : sql`
        ${withClause}
        select json_build_object(
          'items', ${items},
          'total', coalesce((select sum(n)::int from facets where facet = 'level'), 0),
          'facets', coalesce((select json_agg(json_build_object('facet', facet, 'key', key, 'count', n) order by n desc, key) from facets), '[]'::json)
        ) as result`;

      const found = await db.transaction(async (tx) => {
        if (prefix) {
          await tx.execute(
            sql`select set_config('pg_trgm.word_similarity_threshold', ${nameSimilarityThreshold}, true)`,
          );
        }
        if (jitOff) await tx.execute(sql`select set_config('jit', 'off', true)`);
        const result = await tx.execute(statement);
        const rows = (result as unknown as { rows: { result: unknown }[] }).rows;
        return rows[0]?.result as { items: DirectoryRow[]; total?: number; facets?: Facet[] };
      });
      let counts: Counts;
      if (fresh) {
        counts = fresh;
      } else {
        counts = { total: found.total ?? 0, facets: found.facets ?? [] };
        if (cacheable) {
          if (cache.size >= maxCached) cache.delete(cache.keys().next().value as string);
          cache.set(cacheKey, { at: performance.now(), counts });
        }
      }
      return { items: found.items, total: counts.total, facets: counts.facets };
    },
  };
  return repo;
}
