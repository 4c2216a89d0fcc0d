// zod/mini: the search schema ships in the entry chunk with the routes (see records-search.ts).
import { z } from "zod/mini";
import type { RecordContent, RecordKind } from "../../../../shared/records/fields.ts";
import { recordKinds } from "../../../../shared/records/fields.ts";

/*
 * Search and filters over confidential records, in the browser: the server cannot read what
 * it would search. The filters live in the address like the readable list's, so a return
 * from /keys or from a record comes back to the same view.
 */

const optional = (pattern: RegExp) =>
  z.catch(z.optional(z.string().check(z.regex(pattern))), undefined);
const day = optional(/^\d{4}-\d{2}-\d{2}$/);

export const ConfidentialFilters = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  kind: z.catch(z.optional(z.enum(recordKinds)), undefined),
  country: optional(/^[A-Z]{2}$/),
  from: day,
  to: day,
});
export type ConfidentialFilters = z.infer<typeof ConfidentialFilters>;

export type Searchable = { kind: RecordKind; fields: RecordContent };

/**
 * Text folded for matching: lower case, without accents or Arabic diacritics and tatweel, so
 * "Sécurité" finds "securite" and "مَدرسة" finds "مدرسة".
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLocaleLowerCase("en")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every piece of text a record holds, in every language its author wrote it in. */
export function textOf(record: Searchable): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(record.fields);
  return out;
}

/** The days a record is about, as a closed span; null when it names none. */
export function spanOf(record: Searchable): { from: string; to: string } | null {
  const f = record.fields;
  const day = (key: keyof RecordContent) => {
    const value = f[key];
    return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const span = (from: string | undefined, to: string | undefined) =>
    from ? { from, to: to && to >= from ? to : from } : null;
  switch (record.kind) {
    case "incident":
      return span(day("occurredOn"), day("occurredUntil"));
    case "case":
      return span(day("openedOn"), undefined);
    case "trend":
      return span(day("periodFrom"), day("periodTo"));
    case "document":
      return span(day("documentDate"), undefined);
  }
}

/** Whether the record matches every filter set: all the words of `q`, kind, country, dates. */
export function matches(record: Searchable, filters: ConfidentialFilters): boolean {
  if (filters.kind && record.kind !== filters.kind) return false;
  if (filters.country && record.fields.country !== filters.country) return false;
  if (filters.from || filters.to) {
    const span = spanOf(record);
    if (!span) return false;
    // Overlap: a record that runs into the range from either side is in it.
    if (filters.from && span.to < filters.from) return false;
    if (filters.to && span.from > filters.to) return false;
  }
  const words = fold(filters.q ?? "")
    .split(" ")
    .filter(Boolean);
  if (words.length) {
    const haystack = fold(textOf(record).join(" \u0000 "));
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** Whether any filter is set. */
export const filtering = (filters: ConfidentialFilters) =>
  Object.values(filters).some((value) => value !== undefined && value !== "");

/** The records that match, in the order given (newest change first, as the API lists them). */
export function searchRecords<T extends Searchable>(
  records: readonly T[],
  filters: ConfidentialFilters,
): T[] {
  return records.filter((record) => matches(record, filters));
}
