import { useInfiniteQuery, useQueries } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { AuditEntryView, AuditPage } from "../../../../shared/audit/api.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { organizationAuditKey, recordAuditKey } from "./records-keys.ts";

export type { AuditEntryView, AuditPage };

const pageSize = 50;

/** Older entries come by `before`: the page's `nextBefore`, null at the start of the log. */
const paging = {
  initialPageParam: undefined as number | undefined,
  getNextPageParam: (last: AuditPage) => last.nextBefore ?? undefined,
  retry: retryUnlessRefused,
};

/** The audit of an organisation's records, newest first (its owners and admins). */
export function useOrganizationAudit(organizationId: string) {
  return useInfiniteQuery({
    queryKey: organizationAuditKey(organizationId),
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/organizations/{id}/audit", {
        params: {
          path: { id: organizationId },
          query: { limit: pageSize, ...(pageParam ? { before: pageParam } : {}) },
        },
      }),
    ...paging,
  });
}

/** The audit of one record, newest first (those the record lets read its audit). */
export function useRecordAudit(recordId: string) {
  return useInfiniteQuery({
    queryKey: recordAuditKey(recordId),
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/records/{id}/audit", {
        params: {
          path: { id: recordId },
          query: { limit: pageSize, ...(pageParam ? { before: pageParam } : {}) },
        },
      }),
    ...paging,
  });
}

/**
 * Names of the organisations an entry's details point to (a grant's recipient), from their
 * public profiles; an organisation the viewer may not see stays unnamed.
 */
export function useOrganizationNames(ids: readonly string[]) {
  const unique = useMemo(() => [...new Set(ids)].sort(), [ids]);
  const combine = useCallback(
    (results: { data?: { name: string } | undefined }[]) => {
      const names = new Map<string, string>();
      results.forEach((r, i) => {
        const id = unique[i];
        if (id && r.data) names.set(id, r.data.name);
      });
      return names;
    },
    [unique],
  );
  return useQueries({
    queries: unique.map((id) => ({
      queryKey: ["organization", id],
      queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
      retry: retryUnlessRefused,
      staleTime: 5 * 60_000,
    })),
    combine,
  });
}

/** Either audit, as the entry list reads it. */
export type AuditQueryResult = ReturnType<typeof useOrganizationAudit>;
