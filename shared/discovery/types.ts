/**
 * The shapes that discovery's pure modules share: what a candidate, the requester side and the
 * population look like. They sit below compiled.ts, need.ts and score.ts, which all read them,
 * so imports between those modules run one way (types ← compiled ← need ← score).
 */

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
