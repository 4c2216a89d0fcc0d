import { type CompiledCandidate, type TermDictionary, field } from "./compiled.ts";
import { countriesOfHumanitarianRegions } from "../humanitarian-regions.ts";
import { countryInRegion } from "./places.ts";
import { type PreparedNeed } from "./need.ts";
import { type Candidate, compiledOf, passesFilters, quickScore } from "./score.ts";
import type { CandidateProfile } from "./types.ts";
import { type Fit, fitterOf } from "./fit.ts";

/**
 * Team building as weighted set cover. The elements are the need's wanted capacities and
 * places that the requester side does not cover itself; each candidate covers a subset, held
 * as a bit mask (the need allows at most 30 elements). Greedy picks the candidate covering
 * the most still-uncovered elements, weighted towards new frames and local leadership; an
 * improvement pass then replaces two members by one where a single organisation covers what
 * only they covered, and drops any member whose removal neither uncovers an element nor
 * lowers the number of frames (organisation types) in the team.
 *
 * A member must also fit the need's issues and places (./fit.ts). Greedy first covers, with
 * members that fit strongly, every element one of them can cover; only what none of them
 * covers is then covered by the others, and reported as covered only weakly. No
 * improvement trades strong coverage for a smaller team.
 */

export type Element = { kind: "capacity" | "place"; key: string };

export type TeamPlan = {
  /** In the order they joined: locked members first. */
  members: TeamPick[];
  elements: Element[];
  /** Elements the requester side covers already (not part of the cover). */
  alreadyCovered: Element[];
  /** Elements no eligible candidate covers. */
  uncoverable: Element[];
  /** Elements the team covers only through members that do not fit the need strongly. */
  weak: Element[];
  frames: string[];
};
export type TeamPick = {
  id: string;
  locked: boolean;
  mask: number;
  /** Elements only this member covers in the team. */
  onlyMask: number;
  localLeader: boolean;
  score: number;
  fit: Fit;
};

type Option = {
  candidate: CandidateProfile;
  mask: number;
  /** `mask` when it fits the need strongly, else 0. */
  strongMask: number;
  fit: Fit;
  localLeader: boolean;
  score: number;
};

const countBits = (mask: number) => {
  let n = 0;
  for (let m = mask >>> 0; m; m &= m - 1) n++;
  return n;
};

/** The elements of a need left for a team to cover, and the ones the requester covers. */
export function teamElements(p: PreparedNeed) {
  const elements: Element[] = [];
  const alreadyCovered: Element[] = [];
  for (const key of p.need.capacities) {
    (p.side.capacities.has(key) ? alreadyCovered : elements).push({ kind: "capacity", key });
  }
  for (const key of p.need.countries) {
    (p.side.countries.has(key) ? alreadyCovered : elements).push({ kind: "place", key });
  }
  for (const key of p.need.regions) {
    const covered = [...p.side.countries].some((c) =>
      countryInRegion(c, key, p.stats.countryRegion),
    );
    (covered ? alreadyCovered : elements).push({ kind: "place", key });
  }
  return { elements, alreadyCovered };
}

/**
 * Each element's bit by term id of one dictionary: capacities, countries (with the bit of
 * their region, when the region is an element) and regions.
 */
function bitsOf(p: PreparedNeed, elements: Element[], dict: TermDictionary) {
  const capacities = dict.list("capacities");
  const countries = dict.list("countries");
  const regions = dict.list("regions");
  const placeBit = new Map<string, number>();
  elements.forEach((e, i) => {
    if (e.kind === "capacity") capacities.intern(e.key);
    else placeBit.set(e.key, 1 << i);
  });
  for (const [country, region] of p.stats.countryRegion) {
    if (placeBit.has(region)) countries.intern(country);
  }
  for (const r of p.need.regions) {
    if (placeBit.has(r)) for (const k of countriesOfHumanitarianRegions([r])) countries.intern(k);
  }
  for (const k of p.need.countries) countries.intern(k);
  for (const k of p.need.regions) regions.intern(k);
  const capacity = new Int32Array(capacities.size);
  const country = new Int32Array(countries.size);
  const region = new Int32Array(regions.size);
  elements.forEach((e, i) => {
    if (e.kind === "capacity") capacity[capacities.intern(e.key)] = 1 << i;
  });
  for (const k of p.need.countries) country[countries.intern(k)]! |= placeBit.get(k) ?? 0;
  for (const k of p.need.regions) region[regions.intern(k)]! |= placeBit.get(k) ?? 0;
  for (const [k, r] of p.stats.countryRegion) {
    const bit = placeBit.get(r);
    if (bit) country[countries.intern(k)]! |= bit;
  }
  // A humanitarian grouping of the need is covered by any of its countries.
  for (const r of p.need.regions) {
    const bit = placeBit.get(r) ?? 0;
    if (!bit) continue;
    for (const k of countriesOfHumanitarianRegions([r])) country[countries.intern(k)]! |= bit;
  }
  return { dict, capacity, country, region };
}
type Bits = ReturnType<typeof bitsOf>;

/** The elements a candidate covers: its capacities, and its countries with their regions. */
function maskOf(bits: Bits, c: CompiledCandidate): number {
  const terms = c.terms;
  let mask = 0;
  for (let i = terms[field.capacities]!; i < terms[field.capacities + 1]!; i++) {
    mask |= bits.capacity[terms[i]!] ?? 0;
  }
  for (let i = terms[field.countries]!; i < terms[field.countries + 1]!; i++) {
    mask |= bits.country[terms[i]!] ?? 0;
  }
  for (let i = terms[field.regions]!; i < terms[field.regions + 1]!; i++) {
    mask |= bits.region[terms[i]!] ?? 0;
  }
  return mask >>> 0;
}

/** Whether it has a type neither the team nor the requester side has (a loop: hot path). */
function bringsFrame(
  c: CandidateProfile,
  frames: ReadonlySet<string>,
  side: ReadonlySet<string>,
): boolean {
  for (const type of c.types) if (!frames.has(type) && !side.has(type)) return true;
  return false;
}

function framesOf(options: readonly Option[]): Set<string> {
  return new Set(options.flatMap((o) => o.candidate.types));
}

export function buildTeam(
  p: PreparedNeed,
  candidates: Iterable<Candidate>,
  choice: { locked?: readonly string[]; excluded?: readonly string[] } = {},
): TeamPlan {
  const { elements, alreadyCovered } = teamElements(p);
  let bits: Bits | null = null;
  const lockedIds = new Set(choice.locked ?? []);
  const excluded = new Set(choice.excluded ?? []);
  const locked: Option[] = [];
  const pool: Option[] = [];
  let coverable = 0;
  let strongCoverable = 0;
  const fitOf = fitterOf(p.need, p.stats);
  for (const loose of candidates) {
    const compiled = compiledOf(p, loose);
    const candidate = compiled.profile;
    if (excluded.has(candidate.id) && !lockedIds.has(candidate.id)) continue;
    const isLocked = lockedIds.has(candidate.id);
    if (!isLocked && !passesFilters(p, compiled)) continue;
    if (bits?.dict !== compiled.dict) bits = bitsOf(p, elements, compiled.dict);
    const mask = maskOf(bits, compiled);
    // Only organisations covering something can join, so only they are scored.
    if (!mask && !isLocked) continue;
    const scored = quickScore(p, compiled);
    const fit = fitOf(candidate);
    const option: Option = {
      candidate,
      mask,
      strongMask: fit === "strong" ? mask : 0,
      fit,
      localLeader: scored.localLeader,
      score: scored.score,
    };
    if (isLocked) locked.push(option);
    else if (mask) {
      pool.push(option);
      coverable |= mask;
      strongCoverable |= option.strongMask;
    }
  }
  for (const o of locked) {
    coverable |= o.mask;
    strongCoverable |= o.strongMask;
  }
  coverable >>>= 0;
  strongCoverable >>>= 0;

  // Greedy: the most new elements, with a nudge for new frames and local leadership; first
  // among the members that fit strongly, over what they can cover, then among all.
  const team: Option[] = [...locked];
  const inTeam = new Set(team.map((o) => o.candidate.id));
  const strongPool = pool.filter((o) => o.strongMask);
  greedy(p, team, strongPool, inTeam, strongCoverable, (o) => o.strongMask);
  greedy(p, team, pool, inTeam, coverable, (o) => o.mask);

  improve(team, pool, inTeam, lockedIds, coverable, strongCoverable);

  const members: TeamPick[] = team.map((o) => {
    const others = team.reduce((m, x) => (x === o ? m : m | x.mask), 0);
    return {
      id: o.candidate.id,
      locked: lockedIds.has(o.candidate.id),
      mask: o.mask,
      onlyMask: (o.mask & ~others) >>> 0,
      localLeader: o.localLeader,
      score: o.score,
      fit: o.fit,
    };
  });
  const covered = team.reduce((m, o) => m | o.mask, 0) >>> 0;
  const strong = team.reduce((m, o) => m | o.strongMask, 0) >>> 0;
  return {
    members,
    elements,
    alreadyCovered,
    uncoverable: elements.filter((_, i) => !((coverable >>> i) & 1)),
    weak: elements.filter((_, i) => ((covered & ~strong) >>> i) & 1),
    frames: [...framesOf(team)].sort(),
  };
}

/** Adds members from `pool` until `target` is covered (as `maskOf` counts) or none helps. */
function greedy(
  p: PreparedNeed,
  team: Option[],
  pool: readonly Option[],
  inTeam: Set<string>,
  target: number,
  maskOf: (o: Option) => number,
) {
  let covered = team.reduce((m, o) => m | maskOf(o), 0) >>> 0;
  while ((covered & target) >>> 0 !== target) {
    const frames = framesOf(team);
    let best: Option | null = null;
    let bestValue = 0;
    for (const o of pool) {
      // A member's elements are covered already, so its gain is nought.
      const gain = countBits(maskOf(o) & ~covered & target);
      if (!gain) continue;
      // The nudges add at most half the gain and the score a hundredth: skip early.
      if (gain * 1.5 + 0.01 < bestValue) continue;
      const newFrame = bringsFrame(o.candidate, frames, p.side.types);
      const value =
        gain * (1 + (newFrame ? 0.25 : 0) + (o.localLeader ? 0.25 : 0)) + o.score / 10_000;
      if (
        value > bestValue ||
        (value === bestValue && best && o.candidate.id < best.candidate.id)
      ) {
        best = o;
        bestValue = value;
      }
    }
    if (!best) break;
    team.push(best);
    inTeam.add(best.candidate.id);
    covered = (covered | maskOf(best)) >>> 0;
  }
}

/** Two-for-one replacements, then dropping members the team does not need. */
function improve(
  team: Option[],
  pool: Option[],
  inTeam: Set<string>,
  lockedIds: ReadonlySet<string>,
  coverable: number,
  strongCoverable: number,
) {
  const coverOf = (list: Option[]) => list.reduce((m, o) => m | o.mask, 0) >>> 0;
  const strongOf = (list: Option[]) => list.reduce((m, o) => m | o.strongMask, 0) >>> 0;
  const free = () => team.filter((o) => !lockedIds.has(o.candidate.id));

  let replaced = true;
  while (replaced) {
    replaced = false;
    const movable = free();
    outer: for (let i = 0; i < movable.length; i++) {
      for (let j = i + 1; j < movable.length; j++) {
        const a = movable[i]!;
        const b = movable[j]!;
        const rest = coverOf(team.filter((o) => o !== a && o !== b));
        const needed = ((a.mask | b.mask) & ~rest & coverable) >>> 0;
        const restStrong = strongOf(team.filter((o) => o !== a && o !== b));
        const strongNeeded = ((a.strongMask | b.strongMask) & ~restStrong & strongCoverable) >>> 0;
        // Two members covering nothing on their own are left to the dropping pass below.
        if (!needed) continue;
        for (const o of pool) {
          if ((o.mask & needed) >>> 0 !== needed || inTeam.has(o.candidate.id)) continue;
          // Never a smaller team at the cost of covering something only weakly.
          if ((o.strongMask & strongNeeded) >>> 0 !== strongNeeded) continue;
          // A smaller team comes first, even at the cost of a frame.
          const next = [...team.filter((x) => x !== a && x !== b), o];
          team.splice(0, team.length, ...next);
          inTeam.delete(a.candidate.id);
          inTeam.delete(b.candidate.id);
          inTeam.add(o.candidate.id);
          replaced = true;
          break outer;
        }
      }
    }
  }

  // Drop members whose removal keeps the cover and the number of frames; weakest first.
  let dropped = true;
  while (dropped) {
    dropped = false;
    const candidates = free().sort((x, y) => x.score - y.score);
    for (const o of candidates) {
      const rest = team.filter((x) => x !== o);
      if ((coverOf(rest) & coverable) >>> 0 !== (coverOf(team) & coverable) >>> 0) continue;
      if ((strongOf(rest) & strongCoverable) >>> 0 !== (strongOf(team) & strongCoverable) >>> 0) {
        continue;
      }
      if (framesOf(rest).size < framesOf(team).size) continue;
      team.splice(team.indexOf(o), 1);
      inTeam.delete(o.candidate.id);
      dropped = true;
      break;
    }
  }
}
