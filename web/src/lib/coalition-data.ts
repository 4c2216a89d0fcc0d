import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CharterVersionList,
  Coalition,
  CoalitionList,
  CoalitionRole,
  MembershipStatus,
} from "../../../shared/coalitions.ts";
import type { MyOrganizations } from "../../../shared/organizations.ts";
import type { ProposalList } from "../../../shared/proposals.ts";
import { api, ApiError } from "./api.ts";

export type CoalitionSummary = z.infer<typeof CoalitionList>["items"][number];
export type ProposalSummary = z.infer<typeof ProposalList>["items"][number];
export type CharterVersions = z.infer<typeof CharterVersionList>;
type MyOrganization = z.infer<typeof MyOrganizations>["items"][number];

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

/** One of my organisations' link to the coalition, with what I may do for it. */
export type MyMembership = {
  organizationId: string;
  name: string;
  role: CoalitionRole;
  status: MembershipStatus;
  /** I am one of the organisation's representatives here: I act for it. */
  represented: boolean;
  /** I am an owner or admin of the organisation: I accept, apply, leave and name people. */
  manages: boolean;
};

export const insideStatuses: readonly MembershipStatus[] = ["active", "suspended"];

/**
 * What the reader's organisations are to this coalition. The server re-checks every step;
 * this only decides which actions to offer.
 */
export function standingOf(coalition: Coalition, mine: readonly MyOrganization[] | undefined) {
  const byId = new Map((mine ?? []).map((org) => [org.id, org]));
  const memberships: MyMembership[] = coalition.myMemberships.map((m) => {
    const org = byId.get(m.organizationId);
    const listed = coalition.members?.find((x) => x.organizationId === m.organizationId);
    return {
      ...m,
      name: org?.name ?? listed?.name ?? "",
      manages: org?.role === "owner" || org?.role === "admin",
    };
  });
  const active = memberships.filter((m) => m.status === "active");
  const linked = new Set(memberships.map((m) => m.organizationId));
  return {
    memberships,
    inside: memberships.some((m) => insideStatuses.includes(m.status)),
    /** I represent an active convening organisation. */
    convenes: active.some((m) => m.role === "convener" && m.represented),
    /**
     * Organisations I represent that may put proposals and take stances (observers have
     * none); colleagues who do not represent their organisation only read.
     */
    voices: active.filter((m) => m.role !== "observer" && m.represented),
    /** My organisations that I manage and that are not linked yet, or no longer. */
    mayApply: (mine ?? []).filter(
      (org) =>
        (org.role === "owner" || org.role === "admin") &&
        (!linked.has(org.id) ||
          memberships.some(
            (m) =>
              m.organizationId === org.id &&
              ["declined", "rejected", "left", "removed"].includes(m.status),
          )),
    ),
  };
}
export type Standing = ReturnType<typeof standingOf>;
