import { visibleAt } from "../../../shared/policy/index.ts";
import type { DirectoryQuery, DirectoryResult, FacetName } from "../../../shared/directory.ts";
import { facetNames } from "../../../shared/directory.ts";
import { Invalid } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import { logoUrl } from "../organizations/organizations.presenter.ts";
import type { DirectoryRepo, Keyset } from "./directory.repo.ts";

const encodeCursor = (keyset: Keyset) => Buffer.from(JSON.stringify(keyset)).toString("base64url");

function decodeCursor(cursor: string): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      value &&
      typeof value === "object" &&
      "k" in value &&
      "id" in value &&
      typeof value.k === "string" &&
      typeof value.id === "string" &&
      /^[0-9a-f-]{36}$/.test(value.id) &&
      value.k.length <= 300
    ) {
      return { k: value.k, id: value.id };
    }
  } catch {
    // fall through to the refusal below
  }
  throw new Invalid("The cursor is not valid.", [
    { field: "querystring.cursor", message: "is not a cursor from this API" },
  ]);
}

/**
 * The directory lists organisations that have not hidden themselves. What a searcher may
 * match on follows the profile's visibility: anonymous searchers see public groups only.
 */
export function createDirectoryService(deps: { repo: DirectoryRepo }) {
  return {
    async search(actor: Actor | null, query: DirectoryQuery): Promise<DirectoryResult> {
      const keyset = query.cursor ? decodeCursor(query.cursor) : null;
      if (keyset && query.sort === "relevance" && query.q && !/^-?\d+(\.\d+)?$/.test(keyset.k)) {
        throw new Invalid("The cursor is not valid.", [
          { field: "querystring.cursor", message: "belongs to another sort" },
        ]);
      }
      const visibleTo = visibleAt(actor ? "signed_in" : "public");
      const found = await deps.repo.search(query, visibleTo, keyset);
      const hasMore = found.items.length > query.limit;
      const items = found.items.slice(0, query.limit);
      const last = items.at(-1);
      const facets = Object.fromEntries(
        facetNames.map((f) => [f, [] as { key: string; count: number }[]]),
      ) as Record<FacetName, { key: string; count: number }[]>;
      for (const f of found.facets) facets[f.facet]?.push({ key: f.key, count: f.count });
      return {
        items: items.map((row) => ({
          id: row.id,
          name: row.name,
          acronym: row.acronym,
          logoUrl: logoUrl({ id: row.id, logoFile: row.logo_file }),
          types: row.types,
          level: row.level,
          headquartersCountry: row.headquarters_country,
          verified: row.verified,
          mission: row.mission,
          countries: row.countries,
          issues: row.issues,
        })),
        total: found.total,
        facets,
        nextCursor: hasMore && last ? encodeCursor({ k: last.sort_key, id: last.id }) : null,
      };
    },
  };
}
export type DirectoryService = ReturnType<typeof createDirectoryService>;
