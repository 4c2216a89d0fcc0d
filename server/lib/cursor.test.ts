import { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Keysets, cursorFor } from "./cursor.ts";
import { Invalid } from "./errors.ts";
import { encodeCursor as encode, forgedCursor as forged } from "../test/forged-cursors.ts";

describe("page cursors", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterAll(async () => {
    await db.close();
  });

  /** How each list hands a keyset to SQL: as text cast in the query, or as a Date. */
  const casts: Record<
    keyof typeof Keysets,
    (k: string | undefined, id: string) => Promise<unknown>[]
  > = {
    instant: (k, id) => [
      db.query("select $1::timestamptz, $2::uuid", [k, id]),
      db.query("select $1::timestamptz", [new Date(k ?? "").toISOString()]),
    ],
    date: (k, id) => [db.query("select $1::date, $2::uuid", [k, id])],
    id: (_k, id) => [db.query("select $1::uuid", [id])],
    text: (k, id) => [db.query("select $1::text, $2::uuid", [k, id])],
  };

  it.each(Object.keys(Keysets) as (keyof typeof Keysets)[])(
    "refuses a forged %s cursor as invalid, or reads one PostgreSQL accepts",
    async (kind) => {
      const cursor = cursorFor(Keysets[kind]);
      await fc.assert(
        fc.asyncProperty(forged, async (text) => {
          let keyset: { k?: string; id: string } | null;
          try {
            keyset = cursor.decode(text) as { k?: string; id: string } | null;
          } catch (error) {
            expect(error).toBeInstanceOf(Invalid);
            return;
          }
          expect(keyset).not.toBeNull();
          if (!keyset) return;
          await Promise.all(casts[kind](keyset.k, keyset.id));
          // What a list hands out, it takes back.
          expect(cursor.decode(cursor.encode(keyset))).toEqual(keyset);
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each([
    ["year 0000", { k: "0000-01-01T00:00:00Z", id: "0190a5a4-7c3e-7b1a-8000-000000000001" }],
    [
      "a year past 9999 in UTC",
      { k: "9999-12-31T23:00:00-02:00", id: "0190a5a4-7c3e-7b1a-8000-000000000001" },
    ],
    [
      "a NUL in the key",
      { k: "2030-01-01T00:00:00Z\u0000", id: "0190a5a4-7c3e-7b1a-8000-000000000001" },
    ],
  ])("refuses a cursor with %s", (_label, keyset) => {
    expect(() => cursorFor(Keysets.instant).decode(encode(keyset))).toThrow(Invalid);
  });

  it("refuses a text key with a NUL or half a surrogate pair", () => {
    for (const k of ["a\u0000b", "\ud800", "x\udfff"]) {
      const keyset = { k, id: "0190a5a4-7c3e-7b1a-8000-000000000001" };
      expect(() => cursorFor(Keysets.text).decode(encode(keyset))).toThrow(Invalid);
    }
  });

  it("reads back the cursors it issues", () => {
    const keyset = { k: "2030-01-15T10:00:00+01:00", id: "0190a5a4-7c3e-7b1a-8000-000000000001" };
    const cursor = cursorFor(Keysets.instant);
    expect(cursor.decode(cursor.encode(keyset))).toEqual(keyset);
    expect(cursor.decode(undefined)).toBeNull();
  });
});
