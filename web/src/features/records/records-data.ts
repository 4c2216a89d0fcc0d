import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { operations } from "../../../../shared/api-schema.ts";
import type { RecordSummary, RecordView } from "../../../../shared/records/api.ts";
import { isInsideMembership } from "../../../../shared/policy/standing.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused, useCoalitionList } from "../../lib/coalition-data.ts";
import { recordKey, recordListKey, recordsKey, statisticsKey } from "./records-keys.ts";
import type { RecordsFilters, StatisticsSearch } from "./records-search.ts";

export type { RecordSummary, RecordView };

/** A request body as the API document declares it (vocabulary words as their own enums). */
type BodyOf<O extends keyof operations> = operations[O] extends {
  requestBody: { content: { "application/json": infer B } };
}
  ? B
  : never;
export type RecordCreateBody = BodyOf<"postRecords">;
export type RecordPatchBody = BodyOf<"patchRecordsByid">;
type ListParams = NonNullable<operations["getRecords"]["parameters"]["query"]>;
export type RecordImportBody = BodyOf<"postOrganizationsByidRecordsImport">;

const pageSize = 25;

/** Only the filters that are set, so an empty one is neither sent nor part of a query key. */
export function setFilters<T extends object>(filters: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""),
  ) as Partial<T>;
}

const queryString = (filters: object) =>
  new URLSearchParams(setFilters(filters) as Record<string, string>).toString();

/** The records the viewer may read under the filters, newest change first, a page at a time. */
export function useRecordList(filters: RecordsFilters) {
  // A word the address holds that is not in the vocabulary is the API's to refuse (400).
  const query = setFilters(filters) as ListParams;
  return useInfiniteQuery({
    queryKey: recordListKey(query),
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/records", {
        params: { query: { ...query, cursor: pageParam, limit: pageSize } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
}

/** The export of everything the filters match; the browser downloads it (same session). */
export function exportHref(format: "csv" | "json", filters: RecordsFilters) {
  const query = queryString(filters);
  return `/api/v1/records/export.${format}${query ? `?${query}` : ""}`;
}

type StatisticsParams = NonNullable<operations["getRecordsStatistics"]["parameters"]["query"]>;

export function statisticsQueryOf(search: StatisticsSearch): StatisticsParams {
  // The list's kind filter means nothing here: statistics count incidents only.
  const { kind: _kind, ...rest } = search;
  return setFilters(rest) as StatisticsParams;
}

export function statisticsCsvHref(search: StatisticsSearch) {
  const query = queryString(statisticsQueryOf(search));
  return `/api/v1/records/statistics.csv${query ? `?${query}` : ""}`;
}

export function useStatistics(search: StatisticsSearch) {
  const query = statisticsQueryOf(search);
  return useQuery({
    queryKey: statisticsKey(query),
    queryFn: () => api.GET("/api/v1/records/statistics", { params: { query } }),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
}

export function useRecord(id: string) {
  return useQuery({
    queryKey: recordKey(id),
    queryFn: () => api.GET("/api/v1/records/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export function useCreateRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCreateBody) => api.POST("/api/v1/records", { body }),
    onSuccess: async (made) => {
      client.setQueryData(recordKey(made.id), made);
      await client.invalidateQueries({ queryKey: recordsKey });
    },
  });
}

export function useUpdateRecord(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPatchBody) =>
      api.PATCH("/api/v1/records/{id}", { params: { path: { id } }, body }),
    onSuccess: async (updated) => {
      client.setQueryData(recordKey(id), updated);
      await client.invalidateQueries({ queryKey: recordsKey });
    },
  });
}

export function useImportRecords(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordImportBody) =>
      api.POST("/api/v1/organizations/{id}/records/import", {
        params: { path: { id: organizationId } },
        body,
      }),
    onSuccess: async (report) => {
      if (report.created > 0) await client.invalidateQueries({ queryKey: recordsKey });
    },
  });
}

/** An organisation's public profile, under the key the organisation pages use. */
export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: ["organization", id ?? ""],
    queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id: id ?? "" } } }),
    enabled: !!id,
    retry: retryUnlessRefused,
    staleTime: 60_000,
  });
}

/** Names of organisations known only by id (a record's restricted-to list); unknown ones stay out. */
export function useOrganizationNames(ids: readonly string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ["organization", id],
      queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
      retry: false,
      staleTime: 60_000,
    })),
  });
  return ids.flatMap((id, i) => {
    const name = results[i]?.data?.name;
    return name ? [{ id, name }] : [];
  });
}

/**
 * The coalitions a record of `ownerId` may be shared with: those the owner is inside. The list
 * says whether any of the reader's organisations is inside; each coalition's own page says which.
 */
export function useOwnerCoalitions(ownerId: string | undefined) {
  const list = useCoalitionList();
  const candidates = (list.data?.items ?? []).filter((c) => c.inside);
  const details = useQueries({
    queries: candidates.map((c) => ({
      queryKey: ["coalition", c.id],
      queryFn: () => api.GET("/api/v1/coalitions/{id}", { params: { path: { id: c.id } } }),
      retry: retryUnlessRefused,
      enabled: !!ownerId,
    })),
  });
  const coalitions = candidates.filter((_, i) =>
    details[i]?.data?.myMemberships.some(
      (m) => m.organizationId === ownerId && isInsideMembership(m),
    ),
  );
  return {
    coalitions: coalitions.map((c) => ({ id: c.id, name: c.name })),
    isPending: list.isPending || details.some((d) => d.isPending),
  };
}
