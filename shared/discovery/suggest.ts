import type { SuggestionResult } from "../discovery.ts";
import { countryInRegion } from "./places.ts";
import type { CandidateProfile, TermStats } from "./types.ts";

/**
 * "Not sure what you need?" Capacities that organisations working on the same issues in the
 * same places usually have, and that coalitions on those issues combine, learnt from the
 * data rather than a fixed list:
 *
 * - organisation share: among similar organisations (sharing an issue, and a place when
 *   places are given), the share that has the capacity;
 * - lift: that share over its share among all organisations, so that capacities everyone
 *   has do not crowd out the telling ones;
 * - coalition share: among coalitions on these issues (at least one member shares one), the
 *   share whose members together have it.
 *
 * Ranked by organisation share × lift (capped, so a capacity two organisations have cannot
 * win on lift alone) blended with coalition share.
 */
export function suggestCapacities(input: {
  issues: readonly string[];
  countries: readonly string[];
  regions: readonly string[];
  candidates: Iterable<CandidateProfile>;
  /** Each coalition as the ids of its members the searcher may see. */
  coalitions: readonly (readonly string[])[];
  held: ReadonlySet<string>;
  taxonomy: Pick<TermStats, "issueParent" | "countryRegion">;
  limit?: number;
}): SuggestionResult {
  const issues = new Set(input.issues);
  const countries = new Set(input.countries);
  const regions = new Set(input.regions);
  const hasPlaces = countries.size + regions.size > 0;
  const sharesIssue = (c: CandidateProfile) =>
    c.issues.some((i) => issues.has(i) || issues.has(input.taxonomy.issueParent.get(i) ?? ""));
  const sharesPlace = (c: CandidateProfile) =>
    c.countries.some(
      (k) =>
        countries.has(k) ||
        [...regions].some((r) => countryInRegion(k, r, input.taxonomy.countryRegion)),
    ) || c.regions.some((r) => regions.has(r));

  const all = new Map<string, number>();
  const similar = new Map<string, number>();
  const byId = new Map<string, CandidateProfile>();
  let total = 0;
  let similarCount = 0;
  for (const c of input.candidates) {
    total++;
    byId.set(c.id, c);
    for (const cap of c.capacities) all.set(cap, (all.get(cap) ?? 0) + 1);
    if (issues.size && !sharesIssue(c)) continue;
    if (hasPlaces && !sharesPlace(c)) continue;
    if (!issues.size && !hasPlaces) continue;
    similarCount++;
    for (const cap of c.capacities) similar.set(cap, (similar.get(cap) ?? 0) + 1);
  }

  const onIssues = input.coalitions
    .map((ids) => ids.map((id) => byId.get(id)).filter((c): c is CandidateProfile => !!c))
    .filter((members) => members.length > 0 && (!issues.size || members.some(sharesIssue)));
  const inCoalitions = new Map<string, number>();
  for (const members of onIssues) {
    for (const cap of new Set(members.flatMap((m) => m.capacities))) {
      inCoalitions.set(cap, (inCoalitions.get(cap) ?? 0) + 1);
    }
  }

  const keys = new Set([...similar.keys(), ...inCoalitions.keys()]);
  const items = [...keys].map((capacity) => {
    const organizationShare = similarCount ? (similar.get(capacity) ?? 0) / similarCount : 0;
    const base = total ? (all.get(capacity) ?? 0) / total : 0;
    const lift = base ? organizationShare / base : 0;
    const coalitionShare = onIssues.length
      ? (inCoalitions.get(capacity) ?? 0) / onIssues.length
      : 0;
    const rank = organizationShare * Math.min(lift, 3) * 0.7 + coalitionShare * 0.3;
    return {
      capacity,
      organizationShare: Math.round(organizationShare * 1000) / 1000,
      coalitionShare: Math.round(coalitionShare * 1000) / 1000,
      lift: Math.round(lift * 100) / 100,
      alreadyHeld: input.held.has(capacity),
      rank,
    };
  });
  items.sort((a, b) => b.rank - a.rank || a.capacity.localeCompare(b.capacity));
  return {
    items: items.slice(0, input.limit ?? 10).map(({ rank: _rank, ...item }) => item),
    similarOrganizations: similarCount,
    similarCoalitions: onIssues.length,
  };
}
