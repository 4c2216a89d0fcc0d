import { z } from "zod";
import { Invalid } from "./errors.ts";

/*
 * One page-cursor codec for every list: a cursor is the keyset of a page's last row (its sort
 * value and the id that breaks ties), as base64url JSON. It is checked against the list's own
 * schema before it reaches SQL, so a forged or foreign cursor is a 422, never a 500.
 */

export const Keysets = {
  /** A list ordered by an instant. */
  instant: z.object({ k: z.iso.datetime({ offset: true }), id: z.uuid() }).strict(),
  /** A list ordered by a calendar date. */
  date: z.object({ k: z.iso.date(), id: z.uuid() }).strict(),
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
      if (parsed.success) return parsed.data;
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
