/**
 * The query mix of the directory benchmark: what people do on the directory page.
 */
import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "../server/db/client.ts";

export type Params = Record<string, string | string[]>;
export type Kind =
  | "empty"
  | "text_common"
  | "text_rare"
  | "misspelled"
  | "text_facets"
  | "facets_only"
  | "sort_name"
  | "page2";

export type Variant = { kind: Kind; label: string; params: Params; firstPageOf?: Params };

/** A realistic typo: accents dropped and one letter of the longest word replaced or swapped. */
function misspell(name: string, salt: number): string {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "");
  const words = plain.split(" ");
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] ?? "").length) longest = i;
  });
  const word = words[longest] ?? "";
  if (word.length < 5) return plain;
  const at = 2 + (salt % (word.length - 3));
  const chars = [...word];
  if (salt % 2 === 0) {
    [chars[at], chars[at - 1]] = [chars[at - 1] ?? "", chars[at] ?? ""];
  } else {
    chars[at] = chars[at] === "e" ? "a" : "e";
  }
  words[longest] = chars.join("");
  return words.join(" ");
}

export async function buildVariants(database: Database): Promise<Variant[]> {
  const result = await database.db.execute(
    sql`select name from organizations where not hidden_from_directory and length(name) between 14 and 45 order by id offset 1000 limit 8`,
  );
  const names = rowsOf<{ name: string }>(result).map((r) => r.name);
  const v = (kind: Kind, params: Params, firstPageOf?: Params): Variant => ({
    kind,
    label: toSearchParams(firstPageOf ?? params).toString(),
    params,
    ...(firstPageOf ? { firstPageOf } : {}),
  });
  return [
    v("empty", {}),
    v("text_common", { q: "rights" }),
    v("text_common", { q: "droits humains" }),
    v("text_common", { q: "fundación" }),
    v("text_common", { q: "women" }),
    v("text_common", { q: "network" }),
    v("text_common", { q: "al-amal" }),
    v("text_rare", { q: "tombouctou" }),
    v("text_rare", { q: "wiesenthal" }),
    v("text_rare", { q: "zinder" }),
    v("text_rare", { q: "apatrides" }),
    v("text_rare", { q: "mizan" }),
    ...names.map((name, i) => v("misspelled", { q: misspell(name, i) })),
    v("text_facets", { q: "rights", country: "KE" }),
    v("text_facets", { q: "droits", type: "human_rights", region: "africa" }),
    v("text_facets", {
      q: "women",
      issue: "gender_based_violence",
      level: "national",
      country: "CD",
    }),
    v("text_facets", { q: "refugees", region: "asia", capacity: "documentation" }),
    v("text_facets", { q: "fundación", country: "CO", verified: "true" }),
    v("text_facets", { q: "justice", issue: ["transitional_justice", "torture"] }),
    v("facets_only", { type: "humanitarian", region: "africa" }),
    v("facets_only", { country: "SY" }),
    v("facets_only", { issue: "torture", capacity: "litigation" }),
    v("facets_only", { region: "americas", language: "es", level: "local" }),
    v("facets_only", { verified: "true" }),
    v("facets_only", { issue: ["child_rights", "refugees_asylum"] }),
    v("sort_name", { q: "rights", sort: "name" }),
    v("sort_name", { q: "centre", region: "europe", sort: "name" }),
    v("sort_name", { type: "legal_aid", sort: "name" }),
    v("sort_name", { q: "fundación", sort: "name" }),
    v("page2", {}, {}),
    v("page2", {}, { q: "rights" }),
    v("page2", {}, { type: "humanitarian" }),
    v("page2", {}, { q: "droits", sort: "name" }),
  ];
}

export function toSearchParams(params: Params): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
  }
  return search;
}
