import type { CharterScopeTerms } from "../coalitions.ts";
import { countryInRegion } from "./places.ts";
import type { TermStats } from "./types.ts";

export type ScopeTerms = { issues: string[]; countries: string[]; regions: string[] };

/** What a directory organisation or a member shows of its work (as the searcher may see it). */
type Work = {
  issues: readonly string[];
  countries: readonly string[];
  regions: readonly string[];
  capacities: readonly string[];
};

export type CoalitionGaps = ScopeTerms & {
  /** Capacities the scope calls for that no member offers, most called-for first. */
  capacities: { capacity: string; organizations: number }[];
};

/** The charter's scope terms with every list present; null when it names none. */
export function charterScopeOf(terms: CharterScopeTerms | undefined): ScopeTerms | null {
  const scope = {
    issues: terms?.issues ?? [],
    countries: terms?.countries ?? [],
    regions: terms?.regions ?? [],
  };
  return scope.issues.length + scope.countries.length + scope.regions.length ? scope : null;
}

/**
 * What a coalition is missing, from its charter's scope. There is no fixed list of what an
 * issue needs, so the directory says it:
 *
 * - an organisation works within the scope when it works on one of the scope's issues (or
 *   on a sub-issue of one); when the scope names places only, when it works in one of them;
 * - a capacity the scope calls for is one that at least one such organisation offers;
 * - a gap is a capacity the scope calls for that no member offers, ordered by how many
 *   organisations within the scope offer it (then by key).
 *
 * Issues and places of the result are the scope itself, never the members' other work.
 */
export function coalitionGaps(
  scope: ScopeTerms,
  members: readonly Pick<Work, "capacities">[],
  directory: Iterable<Work>,
  taxonomy: Pick<TermStats, "issueParent" | "countryRegion">,
): CoalitionGaps {
  const issues = new Set(scope.issues);
  const countries = new Set(scope.countries);
  const regions = new Set(scope.regions);
  const onIssue = (o: Work) =>
    o.issues.some((i) => issues.has(i) || issues.has(taxonomy.issueParent.get(i) ?? ""));
  const inPlace = (o: Work) =>
    o.regions.some((r) => regions.has(r)) ||
    o.countries.some(
      (c) =>
        countries.has(c) || [...regions].some((r) => countryInRegion(c, r, taxonomy.countryRegion)),
    );
  const within = issues.size ? onIssue : inPlace;

  const held = new Set(members.flatMap((m) => m.capacities));
  const calledFor = new Map<string, number>();
  for (const o of directory) {
    if (!within(o)) continue;
    for (const c of new Set(o.capacities)) calledFor.set(c, (calledFor.get(c) ?? 0) + 1);
  }
  const capacities = [...calledFor.entries()]
    .filter(([capacity]) => !held.has(capacity))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([capacity, organizations]) => ({ capacity, organizations }));
  return {
    issues: [...scope.issues],
    countries: [...scope.countries],
    regions: [...scope.regions],
    capacities,
  };
}
