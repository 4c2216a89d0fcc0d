import { z } from "zod";
import { Invalid } from "./errors.ts";
import { findUnstorableText } from "./text-guard.ts";

/*
 * One page-cursor codec for every list: a cursor is the keyset of a page's last row (its sort
 * value and the id that breaks ties), as base64url JSON. It is checked against the list's own
 * schema before it reaches SQL, so a forged or foreign cursor is a 422, never a 500.
 */

/**
 * PostgreSQL reads ISO years 1 to 9999 only (it refuses year 0000, and JavaScript writes later
 * years as "+010000") and offsets under 16 hours; no stored row lies outside real years and
 * offsets (at most 14 hours), so a cursor keeps to them too.
 */
const withinStorableRange = (value: string) => {
  const year = new Date(value).getUTCFullYear();
  const offsetHours = Number(/[+-](\d{2}):?\d{2}$/.exec(value)?.[1] ?? 0);
  return year >= 1 && year <= 9999 && offsetHours <= 14;
};

export const Keysets = {
  /** A list ordered by an instant. */
  instant: z
    .object({ k: z.iso.datetime({ offset: true }).refine(withinStorableRange), id: z.uuid() })
    .strict(),
  /** A list ordered by a calendar date. */
  date: z.object({ k: z.iso.date().refine(withinStorableRange), id: z.uuid() }).strict(),
  /** A list ordered by time-ordered ids alone (UUIDv7). */
  id: z.object({ id: z.uuid() }).strict(),
  /** A list ordered by a text or number (the directory's sort key). */
  text: z.object({ k: z.string().max(300), id: z.uuid() }).strict(),
};

export type Cursor<S extends z.ZodType> = {
  encode(keyset: z.infer<S>): string;
  /** Null without a cursor; throws Invalid for one this list did not issue. */
  decode(cursor: string | undefined): z.infer<S> | null;
  /** One page from `limit + 1` rows, and the cursor to the next page if there is one. */
  page<T>(
    rows: T[],
    limit: number,
    keyOf: (row: T) => z.infer<S>,
  ): { items: T[]; nextCursor: string | null };
};

export function cursorFor<S extends z.ZodType>(schema: S): Cursor<S> {
  const encode = (keyset: z.infer<S>) => Buffer.from(JSON.stringify(keyset)).toString("base64url");
  return {
    encode,
    decode(cursor) {
      if (cursor === undefined) return null;
      let value: unknown = null;
      try {
        value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      } catch {
        // refused below
      }
      const parsed = schema.safeParse(value);
      // A NUL or half a surrogate pair (JSON escapes allow both) would break in PostgreSQL.
      if (parsed.success && !findUnstorableText(parsed.data, "cursor")) return parsed.data;
      throw new Invalid("The cursor is not valid.", [
        { field: "querystring.cursor", message: "is not a cursor from this list" },
      ]);
    },
    page(rows, limit, keyOf) {
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encode(keyOf(last)) : null };
    },
  };
}
