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
    /**
     * Scratch marks for de-duplicating matched terms without allocating per candidate: a
     * term counts once per call, the call's number telling this call's marks from others.
     */
    call: 0,
    issueSeen: new Map<string, number>(),
    regionSeen: new Map<string, number>(),
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
    for (const posture of p.postures) if (!c.postures.includes(posture)) return false;
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

/** Where the explanation is collected, when one is wanted. */
type Collector = {
  brings: string[];
  sharedIssues: string[];
  countries: string[];
  regions: string[];
};

/**
 * The six parts before rounding. One code path for ranking (no collector: no allocation,
 * since it runs for every candidate) and for the explained leaders, so both agree exactly.
 */
function rawParts(p: PreparedNeed, c: CandidateProfile, out: Collector | null): Parts {
  // Complementarity: the wanted capacities it brings that the requester side lacks.
  let brought = 0;
  for (const cap of c.capacities) {
    if (p.missing.has(cap)) {
      brought++;
      out?.brings.push(cap);
    }
  }
  const complementarity = p.missing.size ? brought / p.missing.size : 0;

  // Common ground: shared issues and places, each term weighted by its rarity.
  const call = ++p.call;
  let issueSum = 0;
  for (const issue of c.issues) {
    const matched = issueMatch(p, issue);
    if (matched && p.issueSeen.get(matched) !== call) {
      p.issueSeen.set(matched, call);
      issueSum += p.issueWeight.get(matched) ?? 0;
      out?.sharedIssues.push(issue);
    }
  }
  let countrySum = 0;
  let regionSum = 0;
  let inPlace = false;
  const region = (key: string | undefined) => {
    if (key === undefined || p.regionSeen.get(key) === call) return;
    const weight = p.regionWeight.get(key);
    if (weight === undefined) return;
    p.regionSeen.set(key, call);
    regionSum += weight;
    inPlace = true;
    out?.regions.push(key);
  };
  for (const country of c.countries) {
    const weight = p.countryWeight.get(country);
    if (weight !== undefined) {
      countrySum += weight;
      inPlace = true;
      out?.countries.push(country);
    }
    region(p.stats.countryRegion.get(country));
  }
  for (const key of c.regions) region(key);
  const issueScore = p.issueTotal ? issueSum / p.issueTotal : 0;
  const placeScore = p.placeTotal ? (countrySum + regionSum) / p.placeTotal : 0;
  const groundDims = (p.issueTotal ? 1 : 0) + (p.placeTotal ? 1 : 0);
  const commonGround = groundDims ? (issueScore + placeScore) / groundDims : 0;

  // Reach: a frame (organisation type) nobody on the requester side has yet.
  let newType = false;
  for (const type of c.types) if (!p.side.types.has(type)) newType = true;
  const reach = p.side.types.size && newType ? 1 : 0;

  // Local leadership: local and national organisations where the need is rank higher.
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
  let dims = 0;
  let fitSum = 0;
  if (p.languages.size) {
    dims++;
    for (const l of c.languages) {
      if (p.languages.has(l)) {
        fitSum += 1;
        break;
      }
    }
  }
  if (p.postures.size) {
    dims++;
    let held = 0;
    for (const posture of c.postures) if (p.postures.has(posture)) held++;
    fitSum += held / p.postures.size;
  }
  const fit = dims ? fitSum / dims : 0;

  // Trust: verified by the platform, and coalitions already shared with the requester.
  const trust = (c.verified ? 0.5 : 0) + 0.25 * Math.min(2, c.sharedCoalitions);

  return { complementarity, commonGround, reach, localLeadership, fit, trust };
}

/** The weighted total of unrounded parts, 0–100, rounded to hundredths. */
function totalOf(p: PreparedNeed, parts: Parts): number {
  let score = 0;
  for (const part of scoreParts) {
    score += p.weightTotal ? (100 * p.weights[part] * parts[part]) / p.weightTotal : 0;
  }
  return round(score, 2);
}

/** What ranking needs of a candidate, without its explanation. */
export type QuickScore = {
  id: string;
  score: number;
  /** Rounded as in `Scored.parts`, for the same tie-break. */
  complementarity: number;
  localLeader: boolean;
};

export function quickScore(p: PreparedNeed, c: CandidateProfile): QuickScore {
  const parts = rawParts(p, c, null);
  return {
    id: c.id,
    score: totalOf(p, parts),
    complementarity: round(parts.complementarity),
    localLeader: parts.localLeadership === 1,
  };
}

/** Scores a candidate that passed the filters: each part in 0–1, with its reasons. */
export function scoreCandidate(p: PreparedNeed, c: CandidateProfile): Scored {
  const out: Collector = { brings: [], sharedIssues: [], countries: [], regions: [] };
  const raw = rawParts(p, c, out);
  const score = totalOf(p, raw);
  const parts = {} as Parts;
  const points = {} as Parts;
  for (const part of scoreParts) {
    points[part] = round(
      p.weightTotal ? (100 * p.weights[part] * raw[part]) / p.weightTotal : 0,
      2,
    );
    parts[part] = round(raw[part]);
  }
  const rareFirst = (a: string, b: string) =>
    (p.stats.issues.get(a) ?? 0) - (p.stats.issues.get(b) ?? 0) || a.localeCompare(b);
  const local = localLevels.has(c.level);
  const inPlace = out.countries.length > 0 || out.regions.length > 0;
  return {
    id: c.id,
    score,
    parts,
    points,
    reasons: {
      brings: out.brings,
      sharedIssues: out.sharedIssues.sort(rareFirst),
      sharedCountries: out.countries,
      sharedRegions: out.regions,
      newTypes: p.side.types.size ? c.types.filter((t) => !p.side.types.has(t)) : [],
      localIn: local && inPlace ? [...out.countries, ...out.regions] : null,
      languages: c.languages.filter((l) => p.languages.has(l)),
      postures: c.postures.filter((s) => p.postures.has(s)),
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

type Ranked = QuickScore & { candidate: CandidateProfile };

/** The order of `compareScored`, on quick scores. */
function compareQuick(a: QuickScore, b: QuickScore): number {
  return (
    b.score - a.score ||
    b.complementarity - a.complementarity ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The best `limit` candidates: every one is filtered and given its score (no explanation,
 * no allocation beyond the result), the leaders are kept in a sorted window, and only they
 * are scored in full with their reasons. The order is exactly that of sorting every fully
 * scored candidate (a property test checks it).
 */
export function rankCandidates(
  p: PreparedNeed,
  candidates: Iterable<CandidateProfile>,
  limit: number,
): { items: Scored[]; considered: number } {
  const top: Ranked[] = [];
  let considered = 0;
  for (const c of candidates) {
    if (!passesFilters(p, c)) continue;
    considered++;
    const quick = quickScore(p, c);
    if (top.length === limit && compareQuick(quick, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && compareQuick(quick, top[at - 1]!) < 0) at--;
    top.splice(at, 0, { ...quick, candidate: c });
    if (top.length > limit) top.pop();
  }
  return { items: top.map((r) => scoreCandidate(p, r.candidate)), considered };
}
