import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConsentInput, RecordView } from "../../../../shared/records/api.ts";
import type { RecordGrantInput } from "../../../../shared/records/agreements-api.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../../lib/coalition-data.ts";
import {
  agreementsKey,
  organizationAuditKey,
  organizationGrantsKey,
  recordAuditKey,
  recordFilesKey,
  recordGrantsKey,
  recordKey,
  recordsKey,
} from "./records-keys.ts";

export { attachmentMaxBytes } from "../../../../shared/records/fields.ts";

export function useRecord(id: string) {
  return useQuery({
    queryKey: recordKey(id),
    queryFn: () => api.GET("/api/v1/records/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** The files of a record: its full readers only (a partner sees fields, never files). */
export function useRecordFiles(id: string, enabled: boolean) {
  return useQuery({
    queryKey: recordFilesKey(id),
    queryFn: () => api.GET("/api/v1/records/{id}/files", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled,
  });
}

/** The record's grants, live and ended: for those who may share it. */
export function useRecordGrants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: recordGrantsKey(id),
    queryFn: () => api.GET("/api/v1/records/{id}/grants", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled,
  });
}

/** The agreements the viewer's organisations are parties to. */
export function useAgreements(enabled: boolean) {
  return useQuery({
    queryKey: agreementsKey,
    queryFn: () => api.GET("/api/v1/agreements"),
    retry: retryUnlessRefused,
    enabled,
  });
}

/**
 * The owner's people, to name who recorded a consent and who reads or edits the record: the
 * API gives their ids, and only the owner's own people see those.
 */
export function useOwnerPeople(organizationId: string, enabled: boolean) {
  const people = useQuery({
    queryKey: ["organization", organizationId, "members"],
    queryFn: () =>
      api.GET("/api/v1/organizations/{id}/members", { params: { path: { id: organizationId } } }),
    retry: retryUnlessRefused,
    enabled,
  });
  const byId = new Map((people.data?.items ?? []).map((p) => [p.userId, p.name]));
  return (userId: string | null) => (userId ? byId.get(userId) : undefined);
}

/** Names of organisations, each from its profile (shared with the profile page's cache). */
export function useOrganizationNames(ids: readonly string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ["organization", id],
      queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
      retry: retryUnlessRefused,
    })),
  });
  return ids.map((id, i) => ({ id, name: results[i]?.data?.name }));
}

/** Names of coalitions, each from the coalition's own query. */
export function useCoalitionNames(ids: readonly string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: coalitionKey(id),
      queryFn: () => api.GET("/api/v1/coalitions/{id}", { params: { path: { id } } }),
      retry: retryUnlessRefused,
    })),
  });
  return ids.map((id, i) => ({ id, name: results[i]?.data?.name }));
}

/**
 * Sends a file as its raw bytes, which is how the route reads it; the name and media type go
 * in the query. A media type the device gives that the API would refuse is left out (the API
 * then stores it as application/octet-stream): it is never used to serve the file anyway.
 */
export function uploadRecordFile(recordId: string, file: File) {
  const name = file.name.trim().slice(-200);
  const type = /^[\w.+-]+\/[\w.+-]+$/.test(file.type) && file.type.length <= 100 ? file.type : "";
  return api.POST("/api/v1/records/{id}/files", {
    params: {
      path: { id: recordId },
      query: { ...(name ? { name } : {}), ...(type ? { type } : {}) },
    },
    // The OpenAPI document names no request body for this route (it reads the raw bytes), so
    // the typed body is `never`; the file goes through as it is.
    body: file as never,
    bodySerializer: (body: unknown) => body,
    headers: { "content-type": "application/octet-stream" },
  });
}

export function useUploadRecordFile(recordId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadRecordFile(recordId, file),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: recordFilesKey(recordId) });
      await client.invalidateQueries({ queryKey: recordAuditKey(recordId) });
    },
  });
}

/** After a change that may end or make grants: the record, its grants and the audits. */
async function refreshSharing(client: ReturnType<typeof useQueryClient>, record: RecordView) {
  await client.invalidateQueries({ queryKey: recordGrantsKey(record.id) });
  await client.invalidateQueries({ queryKey: recordAuditKey(record.id) });
  await client.invalidateQueries({ queryKey: organizationGrantsKey(record.ownerOrganizationId) });
  await client.invalidateQueries({ queryKey: organizationAuditKey(record.ownerOrganizationId) });
}

/** Records a consent; refusing or withdrawing one ends grants, so those are read again. */
export function useRecordConsent(record: RecordView) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentInput) =>
      api.POST("/api/v1/records/{id}/consents", { params: { path: { id: record.id } }, body }),
    onSuccess: async (updated) => {
      client.setQueryData(recordKey(record.id), updated);
      await refreshSharing(client, record);
    },
  });
}

export function useGrantRecord(record: RecordView) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordGrantInput) =>
      api.POST("/api/v1/records/{id}/grants", { params: { path: { id: record.id } }, body }),
    onSuccess: () => refreshSharing(client, record),
  });
}

export function useRevokeGrant(record: RecordView) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      api.POST("/api/v1/grants/{id}/revoke", { params: { path: { id: grantId } } }),
    onSuccess: () => refreshSharing(client, record),
  });
}

/**
 * Deletes the record; every list of records is read again. The record's own queries are left
 * alone (read again now, they would answer 404 while the page is still shown): the page
 * removes them once it has moved on.
 */
export function useDeleteRecord(record: RecordView) {
  const client = useQueryClient();
  const own = recordKey(record.id);
  return useMutation({
    mutationFn: () => api.DELETE("/api/v1/records/{id}", { params: { path: { id: record.id } } }),
    onSuccess: async () => {
      await client.invalidateQueries({
        queryKey: recordsKey,
        predicate: (query) => own.some((part, i) => query.queryKey[i] !== part),
      });
      await client.invalidateQueries({
        queryKey: organizationAuditKey(record.ownerOrganizationId),
      });
      await client.invalidateQueries({
        queryKey: organizationGrantsKey(record.ownerOrganizationId),
      });
    },
  });
}

/** Forgets a deleted record's queries, once its page is no longer shown. */
export function useForgetRecord() {
  const client = useQueryClient();
  return (id: string) => client.removeQueries({ queryKey: recordKey(id) });
}
