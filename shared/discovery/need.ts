import type { DiscoveryWeights, Need } from "../discovery.ts";
import { countriesOfHumanitarianRegions } from "../humanitarian-regions.ts";
import { scoreParts } from "../discovery.ts";
import { type ListField, TermDictionary } from "./compiled.ts";
import type { RequesterSide, TermStats } from "./types.ts";

/**
 * A need prepared for scoring: what does not depend on the candidate (rarity weights, sets,
 * the capacities the requester side lacks), and its lookup tables over a dictionary's term
 * ids, so that scoring a candidate (./score.ts) reads arrays instead of looking strings up.
 */

/**
 * Inverse document frequency: a term one organisation in a thousand has weighs about three
 * times one that half of them have. Never zero, so a shared term always counts.
 */
export function rarity(count: number, total: number): number {
  return Math.log(1 + (total + 1) / (count + 1));
}

/** Everything about a need that does not depend on the candidate, computed once. */
export type PreparedNeed = ReturnType<typeof prepareNeed>;

export function prepareNeed(
  need: Need,
  side: RequesterSide,
  stats: TermStats,
  weights: DiscoveryWeights,
) {
  const missing = need.capacities.filter((c) => !side.capacities.has(c));
  const issueWeight = new Map(
    need.issues.map((i) => [i, rarity(stats.issues.get(i) ?? 0, stats.total)]),
  );
  const countryWeight = new Map(
    need.countries.map((c) => [c, rarity(stats.countries.get(c) ?? 0, stats.total)]),
  );
  const regionWeight = new Map(
    need.regions.map((r) => [r, rarity(stats.regions.get(r) ?? 0, stats.total)]),
  );
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const weightTotal = scoreParts.reduce((a, p) => a + weights[p], 0);
  return {
    need,
    side,
    stats,
    weights,
    weightTotal,
    missing: new Set(missing),
    issueWeight,
    issueTotal: sum(issueWeight),
    countryWeight,
    regionWeight,
    placeTotal: sum(countryWeight) + sum(regionWeight),
    hasPlaces: need.countries.length + need.regions.length > 0,
    levels: new Set(need.levels),
    includeTypes: new Set(need.includeTypes),
    excludeTypes: new Set(need.excludeTypes),
    languages: new Set(need.languages),
    postures: new Set(need.postures),
    /** Loose profiles (tests, small lists) are compiled against this dictionary. */
    scratch: new TermDictionary(),
    tables: null as { dict: TermDictionary; tables: NeedTables } | null,
  };
}

/** Indexed by term id unless said otherwise; 0 (or beyond the end) counts for nothing. */
export type NeedTables = {
  capMissing: Uint8Array;
  /** The need issue it matches, by position from 1. */
  issueTarget: Int8Array;
  /** By need issue position. */
  issueWeights: number[];
  countryWeight: Float64Array;
  /** The need region the country lies in, by position from 1. */
  countryRegion: Int8Array;
  regionTarget: Int8Array;
  /** By need region position. */
  regionWeights: number[];
  sideType: Uint8Array;
  includeType: Uint8Array;
  excludeType: Uint8Array;
  language: Uint8Array;
  /** The posture's bit among the need's postures. */
  postureBit: Int32Array;
  allPostures: number;
  /** By level id: 2 local or national, 1 regional. */
  levelKind: Uint8Array;
  levelOk: Uint8Array | null;
};

/**
 * The need as lookup tables over one dictionary's ids: for each term id, whether and how it
 * counts. Every term that can count is interned before the tables are sized, so an id the
 * dictionary gains later (beyond a table's end) correctly counts for nothing.
 */
function buildTables(p: PreparedNeed, dict: TermDictionary): NeedTables {
  const { need, side, stats } = p;
  const ids = (f: ListField) => dict.list(f);
  for (const k of need.capacities) ids("capacities").intern(k);
  for (const k of need.issues) ids("issues").intern(k);
  for (const [child, parent] of stats.issueParent) {
    if (p.issueWeight.has(parent)) ids("issues").intern(child);
  }
  for (const k of need.countries) ids("countries").intern(k);
  for (const [country, region] of stats.countryRegion) {
    if (p.regionWeight.has(region)) ids("countries").intern(country);
  }
  for (const k of countriesOfHumanitarianRegions(need.regions)) ids("countries").intern(k);
  for (const k of need.regions) ids("regions").intern(k);
  for (const list of [side.types, need.includeTypes, need.excludeTypes]) {
    for (const k of list) ids("types").intern(k);
  }
  for (const k of need.languages) ids("languages").intern(k);
  for (const k of need.postures) ids("postures").intern(k);
  for (const k of need.levels) dict.levels.intern(k);

  const flags = (f: ListField, keys: Iterable<string>) => {
    const table = new Uint8Array(ids(f).size);
    for (const k of keys) table[ids(f).intern(k)] = 1;
    return table;
  };
  // Need issue (by position, from 1) each issue id matches: itself, else its parent.
  const issueTarget = new Int8Array(ids("issues").size);
  for (const [child, parent] of stats.issueParent) {
    const at = need.issues.indexOf(parent);
    if (at >= 0) issueTarget[ids("issues").intern(child)] = at + 1;
  }
  need.issues.forEach((k, i) => (issueTarget[ids("issues").intern(k)] = i + 1));
  const countryWeight = new Float64Array(ids("countries").size);
  for (const [k, w] of p.countryWeight) countryWeight[ids("countries").intern(k)] = w;
  // Need region (by position, from 1) each country lies in, and each region id is.
  const countryRegion = new Int8Array(ids("countries").size);
  for (const [country, region] of stats.countryRegion) {
    const at = need.regions.indexOf(region);
    if (at >= 0) countryRegion[ids("countries").intern(country)] = at + 1;
  }
  // A country in a humanitarian grouping of the need brings it, unless it brings one already
  // (Mali in both the Sahel and West and Central Africa: the profile's region list, which
  // carries every grouping of its countries, brings the other).
  need.regions.forEach((region, at) => {
    for (const country of countriesOfHumanitarianRegions([region])) {
      const id = ids("countries").intern(country);
      if (!countryRegion[id]) countryRegion[id] = at + 1;
    }
  });
  const regionTarget = new Int8Array(ids("regions").size);
  need.regions.forEach((k, i) => (regionTarget[ids("regions").intern(k)] = i + 1));
  const postureBit = new Int32Array(ids("postures").size);
  need.postures.forEach((k, i) => (postureBit[ids("postures").intern(k)] = 1 << i));
  const levelKind = new Uint8Array(dict.levels.size);
  for (const [level, kind] of [
    ["local", 2],
    ["national", 2],
    ["regional", 1],
  ] as const) {
    levelKind[dict.levels.intern(level)] = kind;
  }
  let levelOk: Uint8Array | null = null;
  if (need.levels.length) {
    levelOk = new Uint8Array(dict.levels.size);
    for (const k of need.levels) levelOk[dict.levels.intern(k)] = 1;
  }
  return {
    capMissing: flags("capacities", p.missing),
    issueTarget,
    issueWeights: need.issues.map((k) => p.issueWeight.get(k) ?? 0),
    countryWeight,
    countryRegion,
    regionTarget,
    regionWeights: need.regions.map((k) => p.regionWeight.get(k) ?? 0),
    sideType: flags("types", side.types),
    includeType: flags("types", need.includeTypes),
    excludeType: flags("types", need.excludeTypes),
    language: flags("languages", need.languages),
    postureBit,
    allPostures: (1 << need.postures.length) - 1,
    levelKind,
    levelOk,
  };
}

/** The need's tables over the candidate's dictionary, built once per dictionary. */
export function tablesFor(p: PreparedNeed, dict: TermDictionary): NeedTables {
  if (p.tables?.dict !== dict) p.tables = { dict, tables: buildTables(p, dict) };
  return p.tables.tables;
}
