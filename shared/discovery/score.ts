import type { DiscoveryWeights, MatchReasons, Need, ScorePart } from "../discovery.ts";
import { scoreParts } from "../discovery.ts";

/**
 * A candidate as the searcher may see it. The caller empties what the candidate hides from
 * the searcher (its work fields or its postures) before scoring, so nothing hidden can count
 * towards a score or appear in a reason.
 */
export type CandidateProfile = {
  id: string;
  types: readonly string[];
  level: string;
  countries: readonly string[];
  regions: readonly string[];
  issues: readonly string[];
  capacities: readonly string[];
  languages: readonly string[];
  postures: readonly string[];
  verified: boolean;
  /** Coalitions it shares with the requester side. */
  sharedCoalitions: number;
};

/** What the requester side (an organisation, or a coalition's members) already has. */
export type RequesterSide = {
  capacities: ReadonlySet<string>;
  types: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** Never suggested: the requester itself, a coalition's current members. */
  excluded: ReadonlySet<string>;
};

/** How common each term is among discoverable organisations, for rarity weighting. */
export type TermStats = {
  total: number;
  issues: ReadonlyMap<string, number>;
  countries: ReadonlyMap<string, number>;
  regions: ReadonlyMap<string, number>;
  /** Issue key → its parent's key, for two-level matching. */
  issueParent: ReadonlyMap<string, string>;
  /** Country code → its region key. */
  countryRegion: ReadonlyMap<string, string>;
};

export type Parts = Record<ScorePart, number>;
export type Scored = {
  id: string;
  score: number;
  parts: Parts;
  points: Parts;
  reasons: MatchReasons;
};

const localLevels = new Set(["local", "national"]);

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
  };
}

/** The need's hard filters: levels, types, required languages and postures, exclusions. */
export function passesFilters(p: PreparedNeed, c: CandidateProfile): boolean {
  if (p.side.excluded.has(c.id)) return false;
  if (p.levels.size && !p.levels.has(c.level)) return false;
  if (p.includeTypes.size && !c.types.some((t) => p.includeTypes.has(t))) return false;
  if (c.types.some((t) => p.excludeTypes.has(t))) return false;
  if (p.need.languagesRequired && p.languages.size) {
    if (!c.languages.some((l) => p.languages.has(l))) return false;
  }
  if (p.need.posturesRequired && p.postures.size) {
    const held = new Set(c.postures);
    for (const posture of p.postures) if (!held.has(posture)) return false;
  }
  return true;
}

/** Need issue matched by a candidate's issue: the same term, or its child (a broader need). */
function issueMatch(p: PreparedNeed, candidateIssue: string): string | null {
  if (p.issueWeight.has(candidateIssue)) return candidateIssue;
  const parent = p.stats.issueParent.get(candidateIssue);
  return parent && p.issueWeight.has(parent) ? parent : null;
}

/** The places of the need the candidate works in: countries, and regions by their countries. */
export function sharedPlaces(p: PreparedNeed, c: CandidateProfile) {
  const countries: string[] = [];
  const regions = new Set<string>();
  for (const country of c.countries) {
    if (p.countryWeight.has(country)) countries.push(country);
    const region = p.stats.countryRegion.get(country);
    if (region && p.regionWeight.has(region)) regions.add(region);
  }
  for (const region of c.regions) if (p.regionWeight.has(region)) regions.add(region);
  return { countries, regions: [...regions] };
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Scores a candidate that passed the filters: each part in 0–1, with its reasons. */
export function scoreCandidate(p: PreparedNeed, c: CandidateProfile): Scored {
  // Complementarity: the wanted capacities it brings that the requester side lacks.
  const brings = c.capacities.filter((cap) => p.missing.has(cap));
  const complementarity = p.missing.size ? brings.length / p.missing.size : 0;

  // Common ground: shared issues and places, each term weighted by its rarity.
  const matchedIssues = new Set<string>();
  const sharedIssues: string[] = [];
  for (const issue of c.issues) {
    const matched = issueMatch(p, issue);
    if (matched && !matchedIssues.has(matched)) {
      matchedIssues.add(matched);
      sharedIssues.push(issue);
    }
  }
  const issueScore = p.issueTotal
    ? [...matchedIssues].reduce((a, i) => a + (p.issueWeight.get(i) ?? 0), 0) / p.issueTotal
    : 0;
  const places = sharedPlaces(p, c);
  const placeScore = p.placeTotal
    ? (places.countries.reduce((a, k) => a + (p.countryWeight.get(k) ?? 0), 0) +
        places.regions.reduce((a, k) => a + (p.regionWeight.get(k) ?? 0), 0)) /
      p.placeTotal
    : 0;
  const groundDims = (p.issueTotal ? 1 : 0) + (p.placeTotal ? 1 : 0);
  const commonGround = groundDims ? (issueScore + placeScore) / groundDims : 0;

  // Reach: a frame (organisation type) nobody on the requester side has yet.
  const newTypes = c.types.filter((t) => !p.side.types.has(t));
  const reach = p.side.types.size && newTypes.length ? 1 : 0;

  // Local leadership: local and national organisations where the need is rank higher.
  const inPlace = places.countries.length > 0 || places.regions.length > 0;
  const local = localLevels.has(c.level);
  const localLeadership = p.hasPlaces
    ? local && inPlace
      ? 1
      : c.level === "regional" && inPlace
        ? 0.4
        : 0
    : local
      ? 0.5
      : 0;

  // Fit: a shared working language, and the postures asked for.
  const languages = c.languages.filter((l) => p.languages.has(l));
  const postures = c.postures.filter((s) => p.postures.has(s));
  const fitDims: number[] = [];
  if (p.languages.size) fitDims.push(languages.length ? 1 : 0);
  if (p.postures.size) fitDims.push(postures.length / p.postures.size);
  const fit = fitDims.length ? fitDims.reduce((a, b) => a + b, 0) / fitDims.length : 0;

  // Trust: verified by the platform, and coalitions already shared with the requester.
  const trust = (c.verified ? 0.5 : 0) + 0.25 * Math.min(2, c.sharedCoalitions);

  const parts: Parts = { complementarity, commonGround, reach, localLeadership, fit, trust };
  const points = {} as Parts;
  let score = 0;
  for (const part of scoreParts) {
    const value = p.weightTotal ? (100 * p.weights[part] * parts[part]) / p.weightTotal : 0;
    points[part] = round(value, 2);
    score += value;
    parts[part] = round(parts[part]);
  }
  const rareFirst = (a: string, b: string) =>
    (p.stats.issues.get(a) ?? 0) - (p.stats.issues.get(b) ?? 0) || a.localeCompare(b);
  return {
    id: c.id,
    score: round(score, 2),
    parts,
    points,
    reasons: {
      brings,
      sharedIssues: sharedIssues.sort(rareFirst),
      sharedCountries: places.countries,
      sharedRegions: places.regions,
      newTypes: p.side.types.size ? newTypes : [],
      localIn: local && inPlace ? [...places.countries, ...places.regions] : null,
      languages,
      postures,
      verified: c.verified,
      sharedCoalitions: c.sharedCoalitions,
    },
  };
}

/** Higher score first; equal scores by complementarity, then id, so the order is stable. */
export function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.parts.complementarity - a.parts.complementarity ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The best `limit` candidates: every one is filtered and scored, and only the leaders are
 * kept (a sorted window, cheap for small limits), so 100,000 candidates stay fast.
 */
export function rankCandidates(
  p: PreparedNeed,
  candidates: Iterable<CandidateProfile>,
  limit: number,
): { items: Scored[]; considered: number } {
  const top: Scored[] = [];
  let considered = 0;
  for (const c of candidates) {
    if (!passesFilters(p, c)) continue;
    considered++;
    const scored = scoreCandidate(p, c);
    if (top.length === limit && compareScored(scored, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && compareScored(scored, top[at - 1]!) < 0) at--;
    top.splice(at, 0, scored);
    if (top.length > limit) top.pop();
  }
  return { items: top, considered };
}
