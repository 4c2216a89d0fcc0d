import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Campaign, CampaignInput, CampaignPatch } from "../../../../shared/campaigns/core.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";

/** Everything read about one campaign hangs under this key, so one invalidation refreshes it all. */
export const campaignKey = (id: string) => ["campaign", id] as const;

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKey(id),
    queryFn: () => api.GET("/api/v1/campaigns/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** A coalition's campaigns or an organisation's own, newest first. */
export function useCampaignList(owner: { coalitionId: string } | { organizationId: string }) {
  return useQuery({
    queryKey: ["campaigns", owner],
    queryFn: () => api.GET("/api/v1/campaigns", { params: { query: { ...owner, limit: 50 } } }),
    retry: retryUnlessRefused,
  });
}

export function useCampaignHistory(id: string, entity?: string) {
  return useInfiniteQuery({
    queryKey: [...campaignKey(id), "history", entity ?? "all"],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/campaigns/{id}/history", {
        params: { path: { id }, query: { limit: 30, cursor: pageParam, entity } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
  });
}

export function usePublicCampaign(id: string) {
  return useQuery({
    queryKey: ["public-campaign", id],
    queryFn: () => api.GET("/api/v1/public/campaigns/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** After a change: the campaign and every part of it read again. */
export function useRefreshCampaign() {
  const client = useQueryClient();
  return (id: string, campaign?: Campaign) => {
    if (campaign) client.setQueryData(campaignKey(id), campaign);
    void client.invalidateQueries({ queryKey: campaignKey(id) });
    void client.invalidateQueries({ queryKey: ["campaigns"] });
  };
}

export function useCreateCampaign() {
  const refresh = useRefreshCampaign();
  return useMutation({
    mutationFn: (body: CampaignInput) => api.POST("/api/v1/campaigns", { body }),
    onSuccess: (campaign) => refresh(campaign.id, campaign),
  });
}

export function useUpdateCampaign(id: string) {
  const refresh = useRefreshCampaign();
  return useMutation({
    mutationFn: (body: CampaignPatch) =>
      api.PATCH("/api/v1/campaigns/{id}", { params: { path: { id } }, body }),
    onSuccess: (campaign) => refresh(id, campaign),
  });
}
