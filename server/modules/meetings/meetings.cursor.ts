import { z } from "zod";
import { Invalid } from "../../lib/errors.ts";
import type { Keyset } from "./meetings.repo.ts";

const keysets = {
  instant: z.object({ k: z.iso.datetime({ offset: true }), id: z.uuid() }).strict(),
  date: z.object({ k: z.iso.date(), id: z.uuid() }).strict(),
};

export const encodeCursor = (keyset: Keyset) =>
  Buffer.from(JSON.stringify(keyset)).toString("base64url");

/** A cursor this API issued, checked before it reaches SQL: a forged one is a 422, never a 500. */
export function decodeCursor(
  cursor: string | undefined,
  kind: keyof typeof keysets,
): Keyset | null {
  if (cursor === undefined) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    // refused below
  }
  const parsed = keysets[kind].safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Invalid("The cursor is not valid.", [
    { field: "querystring.cursor", message: "is not a cursor from this list" },
  ]);
}

/** One page from `limit + 1` rows, and the cursor to the next page if there is one. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => Keyset) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
