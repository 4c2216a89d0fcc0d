import fc from "fast-check";
import { type Need, Need as NeedSchema, defaultWeights } from "../discovery.ts";
import type { CandidateProfile, RequesterSide, TermStats } from "./types.ts";

/** Small vocabularies, so generated candidates overlap with needs often. */
export const vocab = {
  types: ["human_rights", "humanitarian", "faith_based", "womens_rights", "legal_aid"],
  levels: ["local", "national", "regional", "international"],
  countries: ["YE", "SD", "ML", "NE", "CO"],
  regions: ["asia", "africa", "americas"],
  issues: ["arms_transfers", "detention", "freedom_of_expression", "civil_political"],
  capacities: ["litigation", "documentation", "un_mechanisms", "media", "funding", "training"],
  languages: ["ar", "en", "fr", "es"],
  postures: ["speaks_publicly", "litigates", "private_diplomacy"],
};

export const countryRegion = new Map([
  ["YE", "asia"],
  ["SD", "africa"],
  ["ML", "africa"],
  ["NE", "africa"],
  ["CO", "americas"],
]);

export function profile(over: Partial<CandidateProfile> & { id: string }): CandidateProfile {
  return {
    types: ["human_rights"],
    level: "international",
    countries: [],
    regions: [],
    issues: [],
    capacities: [],
    languages: [],
    postures: [],
    verified: false,
    sharedCoalitions: 0,
    ...over,
  };
}

export const side = (over: Partial<RequesterSide> = {}): RequesterSide => ({
  capacities: new Set(),
  types: new Set(["human_rights"]),
  countries: new Set(),
  excluded: new Set(),
  ...over,
});

/** Term counts from a list of candidates, as the server derives them. */
export function statsOf(candidates: readonly CandidateProfile[]): TermStats {
  const count = (pick: (c: CandidateProfile) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const c of candidates)
      for (const k of new Set(pick(c))) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  return {
    total: candidates.length,
    issues: count((c) => c.issues),
    countries: count((c) => c.countries),
    regions: count((c) => c.regions),
    issueParent: new Map([["freedom_of_expression", "civil_political"]]),
    countryRegion,
  };
}

export const need = (over: Partial<Need> = {}): Need => NeedSchema.parse(over);
export const weights = defaultWeights;

const subset = (list: string[], max = list.length) =>
  fc.uniqueArray(fc.constantFrom(...list), { maxLength: max });

export const candidateArb = (id: fc.Arbitrary<string>) =>
  fc.record({
    id,
    types: fc.uniqueArray(fc.constantFrom(...vocab.types), { minLength: 1, maxLength: 2 }),
    level: fc.constantFrom(...vocab.levels),
    countries: subset(vocab.countries, 3),
    regions: subset(vocab.regions, 1),
    issues: subset(vocab.issues, 3),
    capacities: subset(vocab.capacities, 4),
    languages: subset(vocab.languages, 2),
    postures: subset(vocab.postures, 2),
    verified: fc.boolean(),
    sharedCoalitions: fc.nat(3),
  });

/** Up to 12 candidates with distinct ids. */
export const candidatesArb = fc
  .array(candidateArb(fc.constant("")), { maxLength: 12 })
  .map((list) => list.map((c, i) => ({ ...c, id: `org-${String(i).padStart(2, "0")}` })));

export const needArb = fc
  .record({
    issues: subset(vocab.issues, 2),
    capacities: subset(vocab.capacities, 5),
    countries: subset(vocab.countries, 2),
    regions: subset(vocab.regions, 1),
    languages: subset(vocab.languages, 2),
    postures: subset(vocab.postures, 2),
  })
  .map((n) => need(n));

export const sideArb = fc
  .record({ capacities: subset(vocab.capacities, 2), types: subset(vocab.types, 2) })
  .map((s) => side({ capacities: new Set(s.capacities), types: new Set(s.types) }));
