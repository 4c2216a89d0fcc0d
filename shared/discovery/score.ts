import type { MatchReasons, ScorePart } from "../discovery.ts";
import { scoreParts } from "../discovery.ts";
import { type CompiledCandidate, compileCandidate, field, isCompiled } from "./compiled.ts";
import { type PreparedNeed, tablesFor } from "./need.ts";
import type { CandidateProfile } from "./types.ts";

export type Parts = Record<ScorePart, number>;
export type Scored = {
  id: string;
  score: number;
  parts: Parts;
  points: Parts;
  reasons: MatchReasons;
};

const localLevels = new Set(["local", "national"]);

/** A candidate of the index as it is, a loose profile compiled on the spot. */
export type Candidate = CandidateProfile | CompiledCandidate;
export const compiledOf = (p: PreparedNeed, c: Candidate): CompiledCandidate =>
  isCompiled(c) ? c : compileCandidate(p.scratch, c);

const F = field;

/** The need's hard filters: levels, types, required languages and postures, exclusions. */
export function passesFilters(p: PreparedNeed, candidate: Candidate): boolean {
  const c = compiledOf(p, candidate);
  const t = tablesFor(p, c.dict);
  const terms = c.terms;
  if (p.side.excluded.has(c.profile.id)) return false;
  if (t.levelOk && t.levelOk[c.level] !== 1) return false;
  const typesEnd = terms[F.types + 1]!;
  let included = p.includeTypes.size === 0;
  for (let i = terms[F.types]!; i < typesEnd; i++) {
    const id = terms[i]!;
    if (t.excludeType[id] === 1) return false;
    if (t.includeType[id] === 1) included = true;
  }
  if (!included) return false;
  if (p.need.languagesRequired && p.languages.size) {
    let speaks = false;
    for (let i = terms[F.languages]!; i < terms[F.languages + 1]! && !speaks; i++) {
      speaks = t.language[terms[i]!] === 1;
    }
    if (!speaks) return false;
  }
  if (p.need.posturesRequired && p.postures.size) {
    let held = 0;
    for (let i = terms[F.postures]!; i < terms[F.postures + 1]!; i++) {
      held |= t.postureBit[terms[i]!] ?? 0;
    }
    if (held !== t.allPostures) return false;
  }
  return true;
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
 * The six parts before rounding. One code path for ranking (no collector: nothing is
 * allocated but the result, since it runs for every candidate) and for the explained
 * leaders, so both agree exactly.
 */
function rawParts(p: PreparedNeed, c: CompiledCandidate, out: Collector | null): Parts {
  const t = tablesFor(p, c.dict);
  const terms = c.terms;
  const profile = c.profile;

  // Complementarity: the wanted capacities it brings that the requester side lacks.
  let brought = 0;
  const capacitiesAt = terms[F.capacities]!;
  for (let i = capacitiesAt; i < terms[F.capacities + 1]!; i++) {
    if (t.capMissing[terms[i]!] === 1) {
      brought++;
      out?.brings.push(profile.capacities[i - capacitiesAt]!);
    }
  }
  const complementarity = p.missing.size ? brought / p.missing.size : 0;

  // Common ground: shared issues and places, each term weighted by its rarity; a need
  // issue counts once, matched by itself or by a narrower issue under it.
  let issueSum = 0;
  let issuesSeen = 0;
  const issuesAt = terms[F.issues]!;
  for (let i = issuesAt; i < terms[F.issues + 1]!; i++) {
    const target = t.issueTarget[terms[i]!] ?? 0;
    if (target && !(issuesSeen & (1 << (target - 1)))) {
      issuesSeen |= 1 << (target - 1);
      issueSum += t.issueWeights[target - 1]!;
      out?.sharedIssues.push(profile.issues[i - issuesAt]!);
    }
  }
  let countrySum = 0;
  let regionSum = 0;
  let regionsSeen = 0;
  let inPlace = false;
  // Countries first, each also bringing its region; then regions named as such. (No
  // closure here: the server runs through tsx, whose named closures cost per call.)
  const countriesAt = terms[F.countries]!;
  const regionsAt = terms[F.regions]!;
  const regionsEnd = terms[F.regions + 1]!;
  for (let i = countriesAt; i < regionsEnd; i++) {
    const id = terms[i]!;
    let target: number;
    if (i < regionsAt) {
      const weight = t.countryWeight[id] ?? 0;
      if (weight > 0) {
        countrySum += weight;
        inPlace = true;
        out?.countries.push(profile.countries[i - countriesAt]!);
      }
      target = t.countryRegion[id] ?? 0;
    } else {
      target = t.regionTarget[id] ?? 0;
    }
    if (!target || regionsSeen & (1 << (target - 1))) continue;
    regionsSeen |= 1 << (target - 1);
    regionSum += t.regionWeights[target - 1]!;
    inPlace = true;
    out?.regions.push(p.need.regions[target - 1]!);
  }
  const issueScore = p.issueTotal ? issueSum / p.issueTotal : 0;
  const placeScore = p.placeTotal ? (countrySum + regionSum) / p.placeTotal : 0;
  const groundDims = (p.issueTotal ? 1 : 0) + (p.placeTotal ? 1 : 0);
  const commonGround = groundDims ? (issueScore + placeScore) / groundDims : 0;

  // Reach: a frame (organisation type) nobody on the requester side has yet.
  let newType = false;
  for (let i = terms[F.types]!; i < terms[F.types + 1]!; i++) {
    if (t.sideType[terms[i]!] !== 1) newType = true;
  }
  const reach = p.side.types.size && newType ? 1 : 0;

  // Local leadership: local and national organisations where the need is rank higher.
  const kind = t.levelKind[c.level] ?? 0;
  const localLeadership = p.hasPlaces
    ? kind === 2 && inPlace
      ? 1
      : kind === 1 && inPlace
        ? 0.4
        : 0
    : kind === 2
      ? 0.5
      : 0;

  // Fit: a shared working language, and the postures asked for.
  let dims = 0;
  let fitSum = 0;
  if (p.languages.size) {
    dims++;
    for (let i = terms[F.languages]!; i < terms[F.languages + 1]!; i++) {
      if (t.language[terms[i]!] === 1) {
        fitSum += 1;
        break;
      }
    }
  }
  if (p.postures.size) {
    dims++;
    let held = 0;
    for (let i = terms[F.postures]!; i < terms[F.postures + 1]!; i++) {
      if (t.postureBit[terms[i]!]) held++;
    }
    fitSum += held / p.postures.size;
  }
  const fit = dims ? fitSum / dims : 0;

  // Trust: verified by the platform, and coalitions already shared with the requester.
  const trust = (profile.verified ? 0.5 : 0) + 0.25 * Math.min(2, profile.sharedCoalitions);

  return { complementarity, commonGround, reach, localLeadership, fit, trust };
}

/** The weighted total of unrounded parts, 0–100, rounded to hundredths. */
function totalOf(p: PreparedNeed, parts: Parts): number {
  const w = p.weights;
  const total = p.weightTotal;
  if (!total) return 0;
  // Spelt out rather than looped over `scoreParts`: keyed reads cost in the ranking loop.
  const score =
    (100 * w.complementarity * parts.complementarity) / total +
    (100 * w.commonGround * parts.commonGround) / total +
    (100 * w.reach * parts.reach) / total +
    (100 * w.localLeadership * parts.localLeadership) / total +
    (100 * w.fit * parts.fit) / total +
    (100 * w.trust * parts.trust) / total;
  return Math.round(score * 100) / 100;
}

/** What ranking needs of a candidate, without its explanation. */
export type QuickScore = {
  id: string;
  score: number;
  /** Rounded as in `Scored.parts`, for the same tie-break. */
  complementarity: number;
  localLeader: boolean;
};

export function quickScore(p: PreparedNeed, candidate: Candidate): QuickScore {
  const c = compiledOf(p, candidate);
  const parts = rawParts(p, c, null);
  return {
    id: c.profile.id,
    score: totalOf(p, parts),
    complementarity: round(parts.complementarity),
    localLeader: parts.localLeadership === 1,
  };
}

/** Scores a candidate that passed the filters: each part in 0–1, with its reasons. */
export function scoreCandidate(p: PreparedNeed, candidate: Candidate): Scored {
  const compiled = compiledOf(p, candidate);
  const c = compiled.profile;
  const out: Collector = { brings: [], sharedIssues: [], countries: [], regions: [] };
  const raw = rawParts(p, compiled, out);
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

type Ranked = QuickScore & { candidate: CompiledCandidate };

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
  candidates: Iterable<Candidate>,
  limit: number,
): { items: Scored[]; considered: number } {
  const top: Ranked[] = [];
  let considered = 0;
  for (const candidate of candidates) {
    const c = compiledOf(p, candidate);
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
