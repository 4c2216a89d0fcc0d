import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConsentInput } from "../../../../shared/records/api.ts";
import type { RecordGrantInput } from "../../../../shared/records/agreements-api.ts";
import type {
  ConfidentialRecordInput,
  ConfidentialRecordPatch,
  ConfidentialRecordView,
} from "../../../../shared/records/confidential-api.ts";
import type { ConfidentialCountsInput } from "../../../../shared/records/statistics-api.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { type Fetched, type Opening, openAll, openConfidential } from "./confidential-open.ts";
import type { KeySession } from "./key-session.ts";

/*
 * The confidential records' API calls and the opening of what they answer. Ciphertext is
 * cached like any answer; what opens is kept only while a page shows it (gcTime 0), and only
 * while the keys are unlocked: locking changes the key and the opened records are dropped.
 */

export const confidentialKey = ["confidential"] as const;
const listKey = [...confidentialKey, "list"] as const;
const oneKey = (id: string) => [...confidentialKey, "one", id] as const;
const grantsKey = (id: string) => [...confidentialKey, "one", id, "grants"] as const;

/** Every page of the confidential records the viewer may fetch (the browser searches them all). */
export function useConfidentialList(enabled: boolean) {
  return useQuery({
    queryKey: listKey,
    queryFn: async () => {
      const items: Fetched[] = [];
      let cursor: string | undefined;
      // Bounded: 100 pages of 500 is far beyond what a browser should decrypt at once.
      for (let page = 0; page < 100; page++) {
        const answer = await api.GET("/api/v1/confidential-records", {
          params: { query: { limit: 500, ...(cursor ? { cursor } : {}) } },
        });
        items.push(...(answer.items as Fetched[]));
        if (!answer.nextCursor) break;
        cursor = answer.nextCursor;
      }
      return items;
    },
    retry: retryUnlessRefused,
    enabled,
  });
}

export function useConfidentialRecord(id: string, enabled = true) {
  return useQuery({
    queryKey: oneKey(id),
    queryFn: () =>
      api.GET("/api/v1/confidential-records/{id}", {
        params: { path: { id } },
      }) as Promise<ConfidentialRecordView>,
    retry: retryUnlessRefused,
    enabled,
  });
}

/** Opens what was fetched, once the keys are unlocked; `stamp` changes when the data does. */
export function useOpened<T extends Fetched | readonly Fetched[]>(
  session: KeySession,
  fetched: T | undefined,
  stamp: number,
) {
  const unlocked = session.state === "unlocked";
  return useQuery({
    // Locking changes the key, so what was opened has no observer left and is dropped at once.
    queryKey: [
      ...confidentialKey,
      "opened",
      session.state,
      Array.isArray(fetched) ? "all" : ((fetched as Fetched | undefined)?.id ?? ""),
      stamp,
    ],
    queryFn: async (): Promise<T extends readonly Fetched[] ? Opening[] : Opening> => {
      const crypto = await session.crypto();
      await crypto.loadSodium();
      const deps = { crypto, session, now: new Date() };
      const opened = Array.isArray(fetched)
        ? await openAll(fetched as readonly Fetched[], deps)
        : await openConfidential(fetched as Fetched, deps);
      return opened as T extends readonly Fetched[] ? Opening[] : Opening;
    },
    enabled: unlocked && fetched !== undefined,
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
}

/** An organisation's keys as the server keeps them: whether it can take new records now. */
export function useOrganizationKeys(organizationId: string) {
  return useQuery({
    queryKey: ["organization", organizationId, "keys"],
    queryFn: () =>
      api.GET("/api/v1/organizations/{id}/keys", { params: { path: { id: organizationId } } }),
    enabled: !!organizationId,
    retry: retryUnlessRefused,
  });
}

export function useCreateConfidential() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfidentialRecordInput) =>
      api.POST("/api/v1/confidential-records", { body }) as Promise<ConfidentialRecordView>,
    onSuccess: async (made) => {
      client.setQueryData(oneKey(made.id), made);
      await client.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useUpdateConfidential(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfidentialRecordPatch) =>
      api.PUT("/api/v1/confidential-records/{id}", {
        params: { path: { id } },
        body,
      }) as Promise<ConfidentialRecordView>,
    onSuccess: async (updated) => {
      client.setQueryData(oneKey(id), updated);
      await client.invalidateQueries({ queryKey: listKey });
    },
  });
}

/** Sends an attachment's ciphertext, its sealed header and the id both are bound to. */
export function uploadSealedFile(
  recordId: string,
  upload: { fileId: string; header: { nonce: string; ciphertext: string }; blob: Blob },
) {
  return api.POST("/api/v1/confidential-records/{id}/files", {
    params: {
      path: { id: recordId },
      query: {
        nonce: upload.header.nonce,
        header: upload.header.ciphertext,
        fileId: upload.fileId,
      },
    },
    // The route reads the raw bytes (no JSON body in the API document): the blob goes as is.
    body: upload.blob as never,
    bodySerializer: (body: unknown) => body,
    headers: { "content-type": "application/octet-stream" },
  });
}

/** Reads the record again after a change made on its page (a file, a consent, a grant). */
export function useRefreshConfidential(id: string) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: oneKey(id) });
    await client.invalidateQueries({ queryKey: listKey });
  };
}

export function useConfidentialConsent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentInput) =>
      api.POST("/api/v1/confidential-records/{id}/consents", {
        params: { path: { id } },
        body,
      }) as Promise<ConfidentialRecordView>,
    onSuccess: async (updated) => {
      client.setQueryData(oneKey(id), updated);
      // Refusing or withdrawing a consent ends the grants that needed it.
      await client.invalidateQueries({ queryKey: grantsKey(id) });
    },
  });
}

export function useConfidentialGrants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: grantsKey(id),
    queryFn: () => api.GET("/api/v1/records/{id}/grants", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled,
  });
}

export function useShareConfidential(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordGrantInput) =>
      api.POST("/api/v1/records/{id}/grants", { params: { path: { id } }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: grantsKey(id) }),
  });
}

export function useRevokeConfidentialGrant(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      api.POST("/api/v1/grants/{id}/revoke", { params: { path: { id: grantId } } }),
    onSuccess: () => client.invalidateQueries({ queryKey: grantsKey(id) }),
  });
}

/** Deletes the record (the records' route); the lists are read again, the record forgotten. */
export function useDeleteConfidential(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.DELETE("/api/v1/records/{id}", { params: { path: { id } } }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useForgetConfidential() {
  const client = useQueryClient();
  return (id: string) => client.removeQueries({ queryKey: oneKey(id) });
}

const countsKey = (organizationId: string) =>
  [...confidentialKey, "counts", organizationId] as const;

/** The organisation's last contribution of counts to statistics (owners and admins). */
export function useContributedCounts(organizationId: string) {
  return useQuery({
    queryKey: countsKey(organizationId),
    queryFn: () =>
      api.GET("/api/v1/organizations/{id}/records/confidential-counts", {
        params: { path: { id: organizationId } },
      }),
    retry: retryUnlessRefused,
  });
}

/** Replaces the organisation's contribution with counts this browser computed. */
export function useContributeCounts(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfidentialCountsInput) =>
      api.PUT("/api/v1/organizations/{id}/records/confidential-counts", {
        params: { path: { id: organizationId } },
        // The schema's violation types are the vocabulary's keys; the server checks them.
        body: body as never,
      }),
    onSuccess: (view) => client.setQueryData(countsKey(organizationId), view),
  });
}
