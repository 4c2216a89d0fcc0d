import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { outcomeSignificances, tactics } from "../../../../shared/campaigns/catalogue.ts";
import type {
  OutcomeInput,
  OutcomePatch,
  ReviewInput,
} from "../../../../shared/campaigns/outcomes.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { campaignKey } from "./campaign-data.ts";

export type Significance = (typeof outcomeSignificances)[number];
export type Tactic = (typeof tactics)[number];

export function useOutcomes(id: string, significance?: Significance) {
  return useInfiniteQuery({
    queryKey: [...campaignKey(id), "outcomes", significance ?? "all"],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/campaigns/{id}/outcomes", {
        params: { path: { id }, query: { limit: 20, cursor: pageParam, significance } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
  });
}

/** After a change to an outcome or the review: everything read about the campaign, again. */
function useRefresh(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: campaignKey(id) });
    void client.invalidateQueries({ queryKey: ["campaign-lessons"] });
  };
}

export function useLogOutcome(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: OutcomeInput) =>
      api.POST("/api/v1/campaigns/{id}/outcomes", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useChangeOutcome(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ outcomeId, body }: { outcomeId: string; body: OutcomePatch }) =>
      api.PATCH("/api/v1/campaigns/{id}/outcomes/{outcomeId}", {
        params: { path: { id, outcomeId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useRemoveOutcome(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (outcomeId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/outcomes/{outcomeId}", {
        params: { path: { id, outcomeId } },
      }),
    onSuccess: refresh,
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: [...campaignKey(id), "review"],
    queryFn: () => api.GET("/api/v1/campaigns/{id}/review", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export function useWriteReview(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: ReviewInput) =>
      api.PUT("/api/v1/campaigns/{id}/review", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useLessons(
  filter: { tactic?: Tactic | undefined; issue?: string | undefined },
  enabled: boolean,
) {
  return useInfiniteQuery({
    enabled,
    queryKey: ["campaign-lessons", filter],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/campaign-lessons", {
        params: { query: { limit: 20, cursor: pageParam, ...filter } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
  });
}

export function useCampaignDashboard(id: string) {
  return useQuery({
    queryKey: [...campaignKey(id), "dashboard"],
    queryFn: () => api.GET("/api/v1/campaigns/{id}/dashboard", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}
