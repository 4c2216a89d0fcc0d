import { type Visibility, seesGroup } from "../../../shared/policy/index.ts";
import { withHumanitarianRegions } from "../../../shared/discovery/places.ts";
import {
  type CompiledCandidate,
  TermDictionary,
  compileCandidate,
  withProfile,
} from "../../../shared/discovery/compiled.ts";
import type { CandidateProfile, TermStats } from "../../../shared/discovery/types.ts";
import { VersionedIndex } from "../../lib/versioned-index.ts";
import type { DiscoveryEntryRow } from "../directory/directory.module.ts";

/** What the index reads of one directory entry. */
export type DiscoveryRow = DiscoveryEntryRow;

type Entry = {
  /** As any signed-in searcher may see it: groups shown to members only are empty. */
  shown: CompiledCandidate;
  /** As its own members see it; compiled the first time one of them searches. */
  full: CandidateProfile;
  fullCompiled: CompiledCandidate | null;
};

/** What any signed-in searcher may read, as the profile policy says. */
const signedInMay = (visibility: string) => seesGroup("signed_in", visibility as Visibility);
const none: readonly string[] = Object.freeze([]);

/**
 * Every discoverable organisation in memory, as the profiles discovery scores. Scoring
 * 100,000 candidates means touching each one; reading them from the database per request
 * would cost far more than the scoring, so each app process keeps this copy and brings it
 * up to date from directory_entries by version before answering (VersionedIndex, as the
 * directory's facet index does: the database stays the source of truth, and no answer is
 * older than the data the request reads). Hidden groups are emptied here, once, so no code
 * path after this can see what a candidate does not show.
 */
export class DiscoveryIndex extends VersionedIndex<DiscoveryRow, Entry> {
  private readonly dict = new TermDictionary();
  private statsCache: { version: number; stats: TermStats } | null = null;

  protected toEntry(row: DiscoveryRow): Entry | null {
    if (row.removed || !row.discoverable) return null;
    const full: CandidateProfile = {
      id: row.organization_id,
      types: row.types,
      level: row.level,
      countries: row.countries,
      regions: withHumanitarianRegions(row.regions, row.countries),
      issues: row.issues,
      capacities: row.capacities,
      languages: row.languages,
      postures: row.postures,
      verified: row.verified,
      sharedCoalitions: 0,
    };
    const work = signedInMay(row.work_visibility);
    const shown: CandidateProfile = {
      ...full,
      countries: work ? row.countries : none,
      regions: work ? full.regions : none,
      issues: work ? row.issues : none,
      capacities: work ? row.capacities : none,
      languages: work ? row.languages : none,
      postures: signedInMay(row.posture_visibility) ? row.postures : none,
    };
    return { shown: compileCandidate(this.dict, shown), full, fullCompiled: null };
  }

  private view(entry: Entry, memberOf: ReadonlySet<string>): CompiledCandidate {
    if (!memberOf.has(entry.full.id)) return entry.shown;
    return (entry.fullCompiled ??= compileCandidate(this.dict, entry.full));
  }

  /**
   * The candidates as this searcher may see them, ready for scoring: full profiles of the
   * organisations they belong to, the signed-in view of every other, with shared-coalition
   * counts filled in.
   */
  candidates(
    memberOf: ReadonlySet<string>,
    sharedCoalitions: ReadonlyMap<string, number>,
  ): CompiledCandidate[] {
    const entries = this.entries();
    const out = new Array<CompiledCandidate>(entries.length);
    for (let i = 0; i < entries.length; i++) {
      // In bounds by the loop condition; an indexed loop allocates nothing per candidate.
      const entry = entries[i]!;
      const compiled = this.view(entry, memberOf);
      const shared = sharedCoalitions.get(entry.full.id);
      out[i] = shared
        ? withProfile(compiled, { ...compiled.profile, sharedCoalitions: shared })
        : compiled;
    }
    return out;
  }

  /** The profiles as this searcher may see them (no shared-coalition counts). */
  *views(memberOf: ReadonlySet<string>): Generator<CandidateProfile> {
    for (const entry of this.entries()) {
      yield memberOf.has(entry.full.id) ? entry.full : entry.shown.profile;
    }
  }

  /** The signed-in view of one organisation, if it is discoverable. */
  profiles(ids: ReadonlySet<string>, memberOf: ReadonlySet<string>): CandidateProfile[] {
    const found: CandidateProfile[] = [];
    for (const entry of this.entries()) {
      if (ids.has(entry.full.id)) found.push(this.view(entry, memberOf).profile);
    }
    return found;
  }

  /**
   * How many organisations show each issue, country and region to a signed-in searcher,
   * for rarity weighting; recomputed only when the data changed.
   */
  stats(taxonomy: Pick<TermStats, "issueParent" | "countryRegion">): TermStats {
    if (this.statsCache?.version === this.version) return this.statsCache.stats;
    const issues = new Map<string, number>();
    const countries = new Map<string, number>();
    const regions = new Map<string, number>();
    const add = (map: Map<string, number>, keys: readonly string[]) => {
      for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
    };
    for (const { shown: compiled } of this.entries()) {
      const shown = compiled.profile;
      add(issues, shown.issues);
      add(countries, shown.countries);
      add(regions, shown.regions);
    }
    const stats = { total: this.size, issues, countries, regions, ...taxonomy };
    this.statsCache = { version: this.version, stats };
    return stats;
  }
}
