import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { DirectoryQuery, FacetName } from "../../../shared/directory.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { Visibility } from "../../../shared/organizations.ts";

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

/** Typos of up to about a third of a word's letters still find the name. */
const nameSimilarityThreshold = "0.45";

/**
 * Turns free text into a prefix-matching tsquery: every word must match the start of a word.
 * Only letters and digits survive, so the text can never inject tsquery syntax.
 */
export function toPrefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  return words
    .slice(0, 12)
    .map((w) => `'${w}':*`)
    .join(" & ");
}

export function createDirectoryRepo(db: Db) {
  return {
    /** One page of matches, the total, and every facet's counts for the same match set. */
    async search(query: DirectoryQuery, visibleTo: Visibility[], keyset: Keyset | null) {
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
      anyOf(sql`o.types`, query.type, false);
      anyOf(sql`array[o.level]`, query.level, false);
      anyOf(sql`o.regions`, query.region, true);
      anyOf(sql`o.countries`, query.country, true);
      anyOf(sql`o.issues`, query.issue, true);
      anyOf(sql`o.capacities`, query.capacity, true);
      anyOf(sql`o.working_languages`, query.language, true);
      if (query.verified)
        conditions.push(sql.raw(`o.verified_at is ${query.verified === "true" ? "not " : ""}null`));

      const byRelevance = query.sort === "relevance" && prefix !== null;
      const order = byRelevance ? sql`m.score desc, m.id` : sql`m.name_key, m.id`;
      const after = keyset
        ? byRelevance
          ? sql`where (m.score < ${keyset.k}::numeric or (m.score = ${keyset.k}::numeric and m.id > ${keyset.id}::uuid))`
          : sql`where (m.name_key, m.id) > (${keyset.k}, ${keyset.id}::uuid)`
        : sql``;
      const hideWork = (column: string) =>
        sql
          .raw(`case when `)
          .append(workVisible)
          .append(sql.raw(` then o.${column} else '{}' end`));

      const statement = sql`
        with matched as materialized (
          select o.id, o.name, o.acronym, o.logo_file, o.types, o.level, o.headquarters_country,
                 o.verified_at is not null as verified,
                 case when ${missionVisible} then o.mission end as mission,
                 ${hideWork("countries")} as countries,
                 ${hideWork("regions")} as regions,
                 ${hideWork("issues")} as issues,
                 ${hideWork("capacities")} as capacities,
                 ${hideWork("working_languages")} as languages,
                 cg_unaccent(lower(o.name)) as name_key,
                 ${score} as score
          from organizations o
          where ${sql.join(conditions, sql` and `)}
        ),
        page as (
          select m.*, ${byRelevance ? sql`m.score::text` : sql`m.name_key`} as sort_key
          from matched m ${after}
          order by ${order}
          limit ${query.limit + 1}
        ),
        facets as (
          select 'type' as facet, k as key, count(*)::int as n from matched, unnest(types) k group by k
          union all select 'level', level, count(*)::int from matched group by level
          union all select 'region', k, count(*)::int from matched, unnest(regions) k group by k
          union all select 'country', k, count(*)::int from matched, unnest(countries) k group by k
          union all select 'issue', k, count(*)::int from matched, unnest(issues) k group by k
          union all select 'capacity', k, count(*)::int from matched, unnest(capacities) k group by k
          union all select 'language', k, count(*)::int from matched, unnest(languages) k group by k
          union all select 'verified', verified::text, count(*)::int from matched group by verified
        )
        select json_build_object(
          'items', coalesce((select json_agg(json_build_object(
              'id', p.id, 'name', p.name, 'acronym', p.acronym, 'logo_file', p.logo_file, 'types', p.types,
              'level', p.level, 'headquarters_country', p.headquarters_country, 'verified', p.verified,
              'mission', p.mission, 'countries', p.countries, 'issues', p.issues, 'sort_key', p.sort_key
            ) order by ${byRelevance ? sql`p.score desc, p.id` : sql`p.name_key, p.id`}) from page p), '[]'::json),
          'total', (select count(*)::int from matched),
          'facets', coalesce((select json_agg(json_build_object('facet', facet, 'key', key, 'count', n) order by n desc, key) from facets), '[]'::json)
        ) as result`;

      return db.transaction(async (tx) => {
        if (prefix) {
          await tx.execute(
            sql`select set_config('pg_trgm.word_similarity_threshold', ${nameSimilarityThreshold}, true)`,
          );
        }
        const result = await tx.execute(statement);
        const rows = (result as unknown as { rows: { result: unknown }[] }).rows;
        return rows[0]?.result as {
          items: DirectoryRow[];
          total: number;
          facets: { facet: FacetName; key: string; count: number }[];
        };
      });
    },
  };
}
export type DirectoryRepo = ReturnType<typeof createDirectoryRepo>;
