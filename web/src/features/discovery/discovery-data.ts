import { useQuery } from "@tanstack/react-query";
import type { DiscoveryWeights, Need, Requester } from "../../../../shared/discovery.ts";

export { emptyNeed } from "../../../../shared/discovery.ts";
import { api } from "../../lib/api.ts";
import {
  retryUnlessRefused,
  useCoalitionList,
  useMyOrganizations,
} from "../../lib/coalition-data.ts";

export type { Requester };

/**
 * `?organizationId=…` or `?coalitionId=…`, as the GET routes take a requester. The OpenAPI
 * document flattens that choice into two required parameters, hence the cast.
 */
export const requesterQuery = (r: Requester) =>
  r as { organizationId: string; coalitionId: string };

export const requesterKey = (r: Requester | null) =>
  r ? ("organizationId" in r ? `org:${r.organizationId}` : `coalition:${r.coalitionId}`) : "";

export function useNeedDraft(requester: Requester | null, enabled: boolean) {
  return useQuery({
    queryKey: ["discovery", "draft", requesterKey(requester)],
    queryFn: () =>
      api.GET("/api/v1/discovery/draft", {
        params: { query: requesterQuery(requester as Requester) },
      }),
    enabled: enabled && !!requester,
    retry: retryUnlessRefused,
    staleTime: Infinity,
  });
}

export function useSavedNeeds(requester: Requester | null) {
  return useQuery({
    queryKey: ["discovery", "needs", requesterKey(requester)],
    queryFn: () =>
      api.GET("/api/v1/discovery/needs", {
        params: { query: requesterQuery(requester as Requester) },
      }),
    enabled: !!requester,
    retry: retryUnlessRefused,
  });
}

export function useSavedNeed(id: string | undefined) {
  return useQuery({
    queryKey: ["discovery", "need", id],
    queryFn: () =>
      api.GET("/api/v1/discovery/needs/{id}", { params: { path: { id: id as string } } }),
    enabled: !!id,
    retry: retryUnlessRefused,
  });
}

export type Search = { need: Need; requester: Requester; weights: DiscoveryWeights };

export function useMatches(search: Search | null) {
  return useQuery({
    queryKey: ["discovery", "matches", search],
    queryFn: () =>
      api.POST("/api/v1/discovery/matches", { body: { ...(search as Search), limit: 20 } }),
    enabled: !!search,
    retry: retryUnlessRefused,
    placeholderData: (previous) => previous,
  });
}

export type TeamChoice = { locked: string[]; excluded: string[] };

export function useTeam(search: Search | null, choice: TeamChoice, enabled: boolean) {
  return useQuery({
    queryKey: ["discovery", "team", search, choice],
    queryFn: () =>
      api.POST("/api/v1/discovery/team", { body: { ...(search as Search), ...choice } }),
    enabled: enabled && !!search,
    retry: retryUnlessRefused,
    placeholderData: (previous) => previous,
  });
}

export const fetchSuggestions = (need: Need, requester: Requester | null) =>
  api.POST("/api/v1/discovery/suggestions", {
    body: {
      issues: need.issues,
      countries: need.countries,
      regions: need.regions,
      ...(requester ? { requester } : {}),
    },
  });

/**
 * The coalitions I am linked to, with my standing as the list says it: whether one of my
 * organisations is inside (it may search for the coalition) and whether I convene (I may invite).
 */
export function useMyCoalitions(enabled: boolean) {
  const list = useCoalitionList();
  const items = (list.data?.items ?? [])
    .filter((c) => c.inside || c.convenes)
    .map((c) => ({ id: c.id, name: c.name, inside: c.inside, convenes: c.convenes }));
  return { items, isPending: enabled && list.isPending };
}

export { useMyOrganizations };
