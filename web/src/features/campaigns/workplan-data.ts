import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActivityStatus } from "../../../../shared/campaigns/catalogue.ts";
import type { ActivityInput, ActivityPatch } from "../../../../shared/campaigns/workplan.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../../lib/coalition-data.ts";
import { campaignKey } from "./campaign-data.ts";

export type WorkplanFilters = {
  leadOrganizationId?: string | undefined;
  status?: ActivityStatus | undefined;
  sort?: "startsOn" | "-startsOn";
};

const workplanKey = (id: string) => [...campaignKey(id), "workplan"] as const;

/** The campaign's activities, 200 a page (a workplan rarely has more). */
export function useActivities(id: string, filters: WorkplanFilters = {}) {
  return useInfiniteQuery({
    queryKey: [...workplanKey(id), "activities", filters],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/campaigns/{id}/activities", {
        params: { path: { id }, query: { ...filters, limit: 200, cursor: pageParam } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
  });
}

export function useRoleMatrix(id: string) {
  return useQuery({
    queryKey: [...workplanKey(id), "role-matrix"],
    queryFn: () =>
      api.GET("/api/v1/campaigns/{id}/activities/role-matrix", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** After a change: the workplan, the dashboard and the history read again. */
function useRefresh(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: campaignKey(id) });
}

export function useCreateActivity(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: ActivityInput) =>
      api.POST("/api/v1/campaigns/{id}/activities", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateActivity(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ activityId, body }: { activityId: string; body: ActivityPatch }) =>
      api.PATCH("/api/v1/campaigns/{id}/activities/{activityId}", {
        params: { path: { id, activityId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteActivity(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (activityId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/activities/{activityId}", {
        params: { path: { id, activityId } },
      }),
    onSuccess: refresh,
  });
}

/** Makes an activity one of the coalition's action items; the coalition's list reads again. */
export function useMakeActionItem(id: string, coalitionId: string | undefined) {
  const refresh = useRefresh(id);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (activityId: string) =>
      api.POST("/api/v1/campaigns/{id}/activities/{activityId}/action-item", {
        params: { path: { id, activityId } },
      }),
    onSuccess: async () => {
      await refresh();
      if (coalitionId) {
        void client.invalidateQueries({ queryKey: [...coalitionKey(coalitionId), "action-items"] });
      }
    },
  });
}

/** What an activity can aim at: the campaign's stakeholders (every page) and objectives. */
export function useWorkplanChoices(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...workplanKey(id), "choices"],
    enabled,
    queryFn: async () => {
      const stakeholders: { id: string; name: string }[] = [];
      let cursor: string | undefined;
      // A campaign maps tens of stakeholders, a few hundred at most: read them all, 100 a page.
      for (let page = 0; page < 20; page++) {
        const found = await api.GET("/api/v1/campaigns/{id}/stakeholders", {
          params: { path: { id }, query: { limit: 100, cursor } },
        });
        stakeholders.push(...found.items.map((s) => ({ id: s.id, name: s.name })));
        cursor = found.nextCursor ?? undefined;
        if (!cursor) break;
      }
      const objectives = await api.GET("/api/v1/campaigns/{id}/objectives", {
        params: { path: { id } },
      });
      return {
        stakeholders,
        objectives: objectives.items.map((o) => ({ id: o.id, statement: o.statement })),
      };
    },
    retry: retryUnlessRefused,
  });
}
