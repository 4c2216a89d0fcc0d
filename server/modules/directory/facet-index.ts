import type { DirectoryQuery, FacetName } from "../../../shared/directory.ts";
import type { Visibility } from "../../../shared/organizations.ts";
import { VersionedIndex } from "../../lib/versioned-index.ts";
import { humanitarianRegionsOf } from "../../../shared/humanitarian-regions.ts";

/** What the index needs of one directory entry (a row of directory_entries). */
export type EntryRow = {
  seq: number;
  version: number | string;
  removed: boolean;
  work_visibility: string;
  verified: boolean;
  types: string[];
  level: string;
  regions: string[];
  countries: string[];
  issues: string[];
  capacities: string[];
  languages: string[];
};

export type FacetCount = { facet: FacetName; key: string; count: number };
export type Filters = Pick<
  DirectoryQuery,
  | "type"
  | "level"
  | "humanitarianRegion"
  | "region"
  | "country"
  | "issue"
  | "capacity"
  | "language"
  | "verified"
>;

/** Facets that follow the profile's "work" visibility; type, level and verified are public. */
const workFacets = [
  "humanitarianRegion",
  "region",
  "country",
  "issue",
  "capacity",
  "language",
] as const;
const filterValues = (filters: Filters): [FacetName, string[]][] => [
  ["type", filters.type ?? []],
  ["level", filters.level ?? []],
  ["verified", filters.verified ? [filters.verified] : []],
  ["humanitarianRegion", filters.humanitarianRegion ?? []],
  ["region", filters.region ?? []],
  ["country", filters.country ?? []],
  ["issue", filters.issue ?? []],
  ["capacity", filters.capacity ?? []],
  ["language", filters.language ?? []],
];

type Entry = {
  /** Codes of the public facets first, then from `workStart` the work facets. */
  codes: Uint32Array;
  workStart: number;
  work: string;
};

/**
 * Facet counts in memory. Counting facets in SQL means unnesting every array of every
 * matching row: over 400 ms for 100,000 organisations on PostgreSQL, whatever the indexes.
 * Here each entry is a short array of integer codes and counting a match set is one pass of
 * increments (a few milliseconds). The database stays the source of truth: the index is
 * refreshed from directory_entries by version before it answers (VersionedIndex), so it is
 * never older than the data the same request reads. Filters and visibility follow exactly the
 * rules of the SQL in directory.repo.ts; the directory tests check both against each other.
 */
export class FacetIndex extends VersionedIndex<EntryRow, Entry> {
  private readonly codeOf = new Map<string, number>();
  private readonly facetOfCode: FacetName[] = [];
  private readonly keyOfCode: string[] = [];

  private code(facet: FacetName, key: string): number {
    const name = `${facet}\u0000${key}`;
    let code = this.codeOf.get(name);
    if (code === undefined) {
      code = this.keyOfCode.length;
      this.codeOf.set(name, code);
      this.facetOfCode.push(facet);
      this.keyOfCode.push(key);
    }
    return code;
  }

  protected toEntry(row: EntryRow): Entry | null {
    if (row.removed) return null;
    const publicCodes = [
      ...row.types.map((k) => this.code("type", k)),
      this.code("level", row.level),
      this.code("verified", String(row.verified)),
    ];
    const workCodes = [
      // Derived from the countries here, as the SQL filter expands a grouping to its countries.
      ...humanitarianRegionsOf(row.countries).map((k) => this.code("humanitarianRegion", k)),
      ...row.regions.map((k) => this.code("region", k)),
      ...row.countries.map((k) => this.code("country", k)),
      ...row.issues.map((k) => this.code("issue", k)),
      ...row.capacities.map((k) => this.code("capacity", k)),
      ...row.languages.map((k) => this.code("language", k)),
    ];
    return {
      codes: Uint32Array.from([...publicCodes, ...workCodes]),
      workStart: publicCodes.length,
      work: row.work_visibility,
    };
  }

  /**
   * Total and facet counts over the entries with the given seqs (a text search's matches,
   * already filtered by the database), or over every entry passing `filters` when seqs is null.
   */
  summarize(
    seqs: readonly number[] | null,
    filters: Filters,
    visibleTo: readonly Visibility[],
  ): { total: number; facets: FacetCount[] } {
    const counts = new Uint32Array(this.keyOfCode.length);
    const canSeeWork = (entry: Entry) => visibleTo.includes(entry.work as Visibility);
    let total = 0;
    const add = (entry: Entry) => {
      total++;
      const end = canSeeWork(entry) ? entry.codes.length : entry.workStart;
      for (let i = 0; i < end; i++) counts[entry.codes[i] as number]!++;
    };
    if (seqs) {
      for (const seq of seqs) {
        const entry = this.entryAt(seq);
        if (entry) add(entry);
      }
    } else {
      const test = this.compile(filters);
      for (const entry of this.entries()) {
        if (test(entry, canSeeWork(entry))) add(entry);
      }
    }
    const facets: FacetCount[] = [];
    counts.forEach((count, code) => {
      if (count > 0) {
        facets.push({
          facet: this.facetOfCode[code] as FacetName,
          key: this.keyOfCode[code] as string,
          count,
        });
      }
    });
    facets.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { total, facets };
  }

  /** A test for "matches every facet filter": one of the keys within a facet, every facet. */
  private compile(filters: Filters): (entry: Entry, workVisible: boolean) => boolean {
    const wanted: { mask: Uint8Array; work: boolean }[] = [];
    for (const [facet, keys] of filterValues(filters)) {
      if (!keys.length) continue;
      const mask = new Uint8Array(this.keyOfCode.length);
      for (const key of keys) {
        const code = this.codeOf.get(`${facet}\u0000${key}`);
        if (code !== undefined) mask[code] = 1;
      }
      wanted.push({ mask, work: (workFacets as readonly string[]).includes(facet) });
    }
    return (entry, workVisible) => {
      for (const { mask, work } of wanted) {
        if (work && !workVisible) return false;
        const from = work ? entry.workStart : 0;
        const to = work ? entry.codes.length : entry.workStart;
        let found = false;
        for (let i = from; i < to && !found; i++) found = mask[entry.codes[i] as number] === 1;
        if (!found) return false;
      }
      return true;
    };
  }
}
