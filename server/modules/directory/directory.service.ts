import { visibleAt } from "../../../shared/policy/index.ts";
import type { DirectoryQuery, DirectoryResult, FacetName } from "../../../shared/directory.ts";
import { facetNames } from "../../../shared/directory.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Invalid } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import { logoUrl } from "../organizations/organizations.presenter.ts";
import type { DirectoryRepo } from "./directory.repo.ts";

const cursor = cursorFor(Keysets.text);

/**
 * The directory lists organisations that have not hidden themselves. What a searcher may
 * match on follows the profile's visibility: anonymous searchers see public groups only.
 */
export function createDirectoryService(deps: { repo: DirectoryRepo }) {
  return {
    async search(actor: Actor | null, query: DirectoryQuery): Promise<DirectoryResult> {
      const keyset = cursor.decode(query.cursor);
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
        nextCursor: hasMore && last ? cursor.encode({ k: last.sort_key, id: last.id }) : null,
      };
    },
  };
}
export type DirectoryService = ReturnType<typeof createDirectoryService>;
