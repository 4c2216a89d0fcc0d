import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AgreementAmendment,
  AgreementInput,
  AgreementView,
  FilterGrantInput,
  GrantView,
} from "../../../../shared/records/agreements-api.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { agreementKey, agreementsKey, organizationGrantsKey, recordsKey } from "./records-keys.ts";

export type { AgreementView, GrantView };
export type AgreementTermsView = AgreementView["terms"];

/** The agreements the viewer's organisations are parties to, newest first. */
export function useAgreements(enabled = true) {
  return useQuery({
    queryKey: agreementsKey,
    queryFn: () => api.GET("/api/v1/agreements"),
    retry: retryUnlessRefused,
    enabled,
  });
}

export function useAgreement(id: string, enabled = true) {
  return useQuery({
    queryKey: agreementKey(id),
    queryFn: () => api.GET("/api/v1/agreements/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled: enabled && !!id,
  });
}

/**
 * After any change to an agreement: the agreement as the server now tells it, the list, and
 * what hangs from agreements (grants end with them, records' sight follows them).
 */
function useAgreementSettled() {
  const client = useQueryClient();
  return async (agreement: AgreementView) => {
    client.setQueryData(agreementKey(agreement.id), agreement);
    await Promise.all([
      client.invalidateQueries({ queryKey: agreementsKey }),
      client.invalidateQueries({ queryKey: recordsKey }),
      client.invalidateQueries({
        predicate: (q) => q.queryKey[0] === "organization" && q.queryKey[2] === "grants",
      }),
    ]);
  };
}

export function useProposeAgreement() {
  const settled = useAgreementSettled();
  return useMutation({
    mutationFn: (body: AgreementInput) => api.POST("/api/v1/agreements", { body }),
    onSuccess: settled,
  });
}

export function useAmendAgreement(id: string) {
  const settled = useAgreementSettled();
  return useMutation({
    mutationFn: (body: AgreementAmendment) =>
      api.POST("/api/v1/agreements/{id}/versions", { params: { path: { id } }, body }),
    onSuccess: settled,
  });
}

export function useAcceptAgreement(id: string) {
  const settled = useAgreementSettled();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api.POST("/api/v1/agreements/{id}/accept", {
        params: { path: { id } },
        body: { organizationId },
      }),
    onSuccess: settled,
  });
}

export function useEndAgreement(id: string) {
  const settled = useAgreementSettled();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api.POST("/api/v1/agreements/{id}/end", {
        params: { path: { id } },
        body: { organizationId },
      }),
    onSuccess: settled,
  });
}

/** The grants an organisation gave and received (its owners and admins only). */
export function useOrganizationGrants(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: organizationGrantsKey(organizationId),
    queryFn: () =>
      api.GET("/api/v1/organizations/{id}/grants", { params: { path: { id: organizationId } } }),
    retry: retryUnlessRefused,
    enabled: enabled && !!organizationId,
  });
}

/** A grant made or ended changes who reads which record: grants and records are asked again. */
function useGrantSettled() {
  const client = useQueryClient();
  return async (grant: GrantView) => {
    await Promise.all([
      client.invalidateQueries({ queryKey: organizationGrantsKey(grant.fromOrganizationId) }),
      client.invalidateQueries({ queryKey: organizationGrantsKey(grant.toOrganizationId) }),
      client.invalidateQueries({ queryKey: recordsKey }),
    ]);
  };
}

export function useFilterGrant(organizationId: string) {
  const settled = useGrantSettled();
  return useMutation({
    mutationFn: (body: FilterGrantInput) =>
      api.POST("/api/v1/organizations/{id}/grants", {
        params: { path: { id: organizationId } },
        body,
      }),
    onSuccess: settled,
  });
}

export function useRevokeGrant() {
  const settled = useGrantSettled();
  return useMutation({
    mutationFn: (grantId: string) =>
      api.POST("/api/v1/grants/{id}/revoke", { params: { path: { id: grantId } } }),
    onSuccess: settled,
  });
}

/** An organisation's public profile; the same query the organisation's own pages use. */
export function useOrganization(id: string, enabled = true) {
  return useQuery({
    queryKey: ["organization", id],
    queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled: enabled && !!id,
  });
}
