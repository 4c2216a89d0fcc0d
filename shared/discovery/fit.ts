import type { Need } from "../discovery.ts";
import { countryInRegion } from "./places.ts";
import type { CandidateProfile, TermStats } from "./types.ts";

/**
 * Whether an organisation fits a need's context: its issues and its places. A team member
 * covering a wanted capacity should also work on what the need is about and where: a
 * pre-trial detention clinic in Haiti does not cover "litigation" for an arms-transfer case
 * about Yemen the way a litigator on international crimes working on Yemen does.
 *
 * strong: it fits both (a dimension the need leaves empty fits anything);
 * weak: it fits one of them; none: neither.
 */
export type Fit = "strong" | "weak" | "none";

export type FitNeed = Pick<Need, "issues" | "countries" | "regions">;
export type FitProfile = Pick<CandidateProfile, "issues" | "countries" | "regions">;
export type FitTaxonomy = Pick<TermStats, "issueParent" | "countryRegion">;

/**
 * The fit rule for one need, prepared once so that judging each candidate allocates nothing.
 *
 * Issues: a shared issue, by itself or one level apart (the organisation works on a narrower
 * issue under a need issue, or on the broad issue a need issue sits under).
 * Places: a need country it works in, one of its countries inside a need region, a need
 * region it names. (Not a need country inside a region it names: a profile's regions are
 * those of its countries, so any organisation in Asia would fit a need about Yemen.)
 */
export function fitterOf(need: FitNeed, taxonomy: FitTaxonomy) {
  const m49 = taxonomy.countryRegion;
  const issues = new Set<string>(need.issues);
  for (const i of need.issues) {
    const parent = taxonomy.issueParent.get(i);
    if (parent) issues.add(parent);
  }
  const anyIssue = need.issues.length === 0;
  const anyPlace = need.countries.length + need.regions.length === 0;
  const countries = new Set(need.countries);
  const regions = new Set(need.regions);
  const fitsIssues = (org: FitProfile) =>
    anyIssue ||
    org.issues.some(
      (i) => issues.has(i) || need.issues.includes(taxonomy.issueParent.get(i) ?? ""),
    );
  const fitsPlaces = (org: FitProfile) =>
    anyPlace ||
    org.countries.some(
      (c) => countries.has(c) || need.regions.some((r) => countryInRegion(c, r, m49)),
    ) ||
    org.regions.some((r) => regions.has(r));
  return (org: FitProfile): Fit => {
    const i = fitsIssues(org);
    const p = fitsPlaces(org);
    return i && p ? "strong" : i || p ? "weak" : "none";
  };
}

export function fitOf(need: FitNeed, org: FitProfile, taxonomy: FitTaxonomy): Fit {
  return fitterOf(need, taxonomy)(org);
}
