import fc from "fast-check";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** ISO dates and instants, mostly well-formed, at and beyond the edges PostgreSQL reads. */
const year = fc.oneof(fc.constantFrom(0, 1, 9999, 10_000), fc.integer({ min: 0, max: 12_000 }));
export const isoDate = fc
  .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y < 10_000 ? pad(y, 4) : y}-${pad(m, 2)}-${pad(d, 2)}`);
export const isoInstant = fc
  .tuple(
    isoDate,
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.option(fc.stringMatching(/^\d{1,12}$/)),
    fc.oneof(
      fc.constant("Z"),
      fc
        .tuple(
          fc.constantFrom("+", "-"),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
        )
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  )
  .map(
    ([date, h, m, s, fraction, offset]) =>
      `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${fraction ? `.${fraction}` : ""}${offset}`,
  );

/** Text PostgreSQL cannot hold: a NUL, or half a surrogate pair. */
const unstorable = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\u0000", "\ud800", "\udfff"), fc.string())
  .map(([a, bad, b]) => `${a}${bad}${b}`);
const anyText = fc.oneof(fc.string({ unit: "binary" }), unstorable, isoDate, isoInstant);
const id = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  anyText,
);

export const encodeCursor = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString("base64url");

/** Cursors a caller could forge: keysets of the right shape with odd values, and any text. */
export const forgedCursor = fc.oneof(
  fc.record({ k: fc.oneof(isoInstant, isoDate, anyText), id }).map(encodeCursor),
  fc.record({ id }).map(encodeCursor),
  fc.jsonValue().map(encodeCursor),
  fc.string(),
  fc.constantFrom("0", "", "null", "e30", "%00"),
);

const someId = "0190a5a4-7c3e-7b1a-8000-000000000001";
/** Cursors no list issues, whatever it is ordered by (a text key may be any storable text). */
export const cursorsNoListIssues: [string, string][] = [
  ["0", "0"],
  ["an empty object", encodeCursor({})],
  ["a NUL in the key", encodeCursor({ k: "2030-01-01T00:00:00Z\u0000", id: someId })],
  ["half a surrogate pair in the key", encodeCursor({ k: "\ud800", id: someId })],
  ["an id that is not a uuid", encodeCursor({ k: "2030-01-01T00:00:00Z", id: "1" })],
  ["a key too long for any list", encodeCursor({ k: "x".repeat(301), id: someId })],
  ["an array", encodeCursor([someId])],
];
