import type { CandidateProfile } from "./types.ts";

/**
 * Candidates as small integers, for scoring 100,000 of them per request. Looking each of a
 * candidate's terms up in string-keyed maps cost about 3 µs a candidate; with every term an
 * integer and the need turned into lookup tables indexed by those integers, it is a few
 * array reads. The scoring in ./score.ts reads only this form, so there is one scoring code
 * path whether a candidate comes from the server's index or from a test's plain object.
 */

/**
 * The term lists of a profile, in the order they are packed. Scoring walks countries and
 * then regions as one run, so those two stay next to each other.
 */
export const listFields = [
  "types",
  "countries",
  "regions",
  "issues",
  "capacities",
  "languages",
  "postures",
] as const;
export type ListField = (typeof listFields)[number];
export const field: { readonly [F in ListField]: number } = {
  types: 0,
  countries: 1,
  regions: 2,
  issues: 3,
  capacities: 4,
  languages: 5,
  postures: 6,
};
/** Offsets of each list, then the end: `terms[f]` to `terms[f + 1]` hold list `f`. */
const header = listFields.length + 1;

/** Integer ids for the keys of one vocabulary; ids are never reused or dropped. */
export class Terms {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  get size() {
    return this.keys.length;
  }
}

/**
 * One id space per vocabulary (a region key and an issue key may be spelt alike). It only
 * grows, and is bounded by the taxonomies, so an index keeps one for its lifetime.
 */
export class TermDictionary {
  readonly lists: readonly Terms[] = listFields.map(() => new Terms());
  readonly levels = new Terms();

  constructor() {
    for (const level of ["local", "national", "regional"]) this.levels.intern(level);
  }

  list(f: ListField): Terms {
    return this.lists[field[f]]!;
  }
}

/**
 * A candidate ready for scoring: its profile (for ids, flags and the words of an
 * explanation) and the ids of its terms, packed as `[offsets…, ids…]`, in the profile's
 * order, so the id at position `i` of list `f` is the key `profile[f][i - terms[f]]`.
 */
export type CompiledCandidate = {
  readonly profile: CandidateProfile;
  readonly terms: Int32Array;
  readonly level: number;
  readonly dict: TermDictionary;
};

export function compileCandidate(dict: TermDictionary, profile: CandidateProfile) {
  let length = header;
  for (const f of listFields) length += profile[f].length;
  const terms = new Int32Array(length);
  let at = header;
  listFields.forEach((f, i) => {
    terms[i] = at;
    const ids = dict.lists[i]!;
    for (const key of profile[f]) terms[at++] = ids.intern(key);
  });
  terms[listFields.length] = at;
  const compiled: CompiledCandidate = {
    profile,
    terms,
    level: dict.levels.intern(profile.level),
    dict,
  };
  return compiled;
}

/** The same compiled terms with different profile fields (shared coalitions, for one searcher). */
export function withProfile(c: CompiledCandidate, profile: CandidateProfile): CompiledCandidate {
  return { ...c, profile };
}

export const isCompiled = (c: CandidateProfile | CompiledCandidate): c is CompiledCandidate =>
  "terms" in c;
