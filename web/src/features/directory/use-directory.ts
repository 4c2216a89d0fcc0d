import { keepPreviousData, useInfiniteQuery, useQueries } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import type { DirectoryResult } from "../../../../shared/directory.ts";
import { facetNames } from "../../../../shared/facets.ts";
import { api } from "../../lib/api.ts";
import type { DirectorySearch } from "./directory-search.ts";
import { isFacetActive, noFilters, type FacetCounts } from "./facets.ts";

const pageSize = 20;

const fetchDirectory = (search: DirectorySearch, extra: { cursor?: string; limit: number }) =>
  api.GET("/api/v1/directory", { params: { query: { ...search, ...extra } } });

/** Reads and writes the directory's state in the URL, so back, reload and sharing all work. */
export function useDirectoryState() {
  const search = useSearch({ from: "/directory" });
  const navigate = useNavigate({ from: "/directory" });
  const update = useCallback(
    (patch: Partial<DirectorySearch>, options: { replace?: boolean } = {}) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options.replace }),
    [navigate],
  );
  const clearFilters = useCallback(() => update(noFilters), [update]);
  return { search, update, clearFilters };
}

export function useDirectoryResults(search: DirectorySearch) {
  return useInfiniteQuery({
    queryKey: ["directory", search],
    queryFn: ({ pageParam }) => fetchDirectory(search, { cursor: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * The API counts facet values within the filtered set, so a facet with a selection would
 * only offer values that overlap it. Values within a facet combine with OR, so that facet's
 * counts are fetched again without its own filter (one small request per active facet).
 */
export function useFacetCounts(
  search: DirectorySearch,
  base: FacetCounts | undefined,
): FacetCounts | undefined {
  const active = facetNames.filter((facet) => isFacetActive(search, facet));
  const results = useQueries({
    queries: active.map((facet) => {
      const without: DirectorySearch = { ...search, [facet]: undefined, sort: undefined };
      return {
        queryKey: ["directory-facet", facet, without],
        queryFn: () => fetchDirectory(without, { limit: 1 }),
        select: (result: DirectoryResult) => result.facets[facet],
        placeholderData: keepPreviousData,
        staleTime: 30_000,
      };
    }),
  });
  if (!base) return undefined;
  const merged = { ...base };
  active.forEach((facet, index) => {
    const counts = results[index]?.data;
    if (counts) merged[facet] = counts;
  });
  return merged;
}
