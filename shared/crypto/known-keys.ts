/**
 * Trust on first use. The browser keeps, per signed-in person, the safety number of every
 * person and organisation it has seen (`subject` such as "person:<id>" or "organization:<id>");
 * storage is the caller's (localStorage in the web app), these rules are pure.
 */
export type KnownKeys = Record<string, string>;
export type KeyComparison = "new" | "same" | "changed";

/** "changed" means the server now presents another key: refuse to seal or share until a person
 * has compared safety numbers out of band and accepted the new one with `remember`. */
export function compareKnown(
  known: KnownKeys,
  subject: string,
  fingerprint: string,
): KeyComparison {
  if (!Object.hasOwn(known, subject)) return "new";
  return known[subject] === fingerprint ? "same" : "changed";
}

/** A copy of `known` with `subject` now bound to `fingerprint`. */
export function remember(known: KnownKeys, subject: string, fingerprint: string): KnownKeys {
  return { ...known, [subject]: fingerprint };
}

/** A copy without `subject`, for a person who wants to forget a key they no longer trust. */
export function forget(known: KnownKeys, subject: string): KnownKeys {
  const { [subject]: _removed, ...rest } = known;
  return rest;
}
