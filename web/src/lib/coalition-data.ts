import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { CharterVersionList, CoalitionList } from "../../../shared/coalitions.ts";
import type { MyOrganizations } from "../../../shared/organizations.ts";
import type { ProposalList } from "../../../shared/proposals.ts";
import { api, ApiError } from "./api.ts";

export type CoalitionSummary = z.infer<typeof CoalitionList>["items"][number];
export type ProposalSummary = z.infer<typeof ProposalList>["items"][number];
export type CharterVersions = z.infer<typeof CharterVersionList>;
export type MyOrganization = z.infer<typeof MyOrganizations>["items"][number];

/** A refusal will not change on retry; only a network or server failure might. */
export const retryUnlessRefused = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

export const coalitionKey = (id: string) => ["coalition", id] as const;

export function useCoalition(id: string, enabled = true) {
  return useQuery({
    queryKey: coalitionKey(id),
    queryFn: () => api.GET("/api/v1/coalitions/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled: enabled && !!id,
  });
}

export function useCoalitionList() {
  return useQuery({
    queryKey: ["coalitions"],
    queryFn: () => api.GET("/api/v1/coalitions"),
  });
}

export function useCoalitionProposals(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...coalitionKey(id), "proposals"],
    queryFn: () => api.GET("/api/v1/coalitions/{id}/proposals", { params: { path: { id } } }),
    enabled,
    retry: retryUnlessRefused,
  });
}

export function useCharterVersions(id: string) {
  return useQuery({
    queryKey: [...coalitionKey(id), "charters"],
    queryFn: () => api.GET("/api/v1/coalitions/{id}/charters", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** The signed-in person's organisations; the same query the dashboard uses. */
export function useMyOrganizations(enabled: boolean) {
  return useQuery({
    queryKey: ["organizations", "mine"],
    queryFn: () => api.GET("/api/v1/organizations/mine"),
    enabled,
  });
}

/** My organisations that I may commit to coalitions: create one, convene it or join one. */
export function managedOrganizations(mine: readonly MyOrganization[] | undefined) {
  return (mine ?? []).filter((org) => org.permissions.manage);
}
