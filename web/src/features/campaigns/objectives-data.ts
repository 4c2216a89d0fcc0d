import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Objective,
  ObjectiveInput,
  ObjectivePatch,
  ProgressInput,
} from "../../../../shared/campaigns/objectives.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { campaignKey } from "./campaign-data.ts";

/** Under the campaign's key: a change anywhere in the campaign reads them again. */
export const objectivesKey = (id: string) => [...campaignKey(id), "objectives"] as const;

export function useObjectives(id: string) {
  return useQuery({
    queryKey: objectivesKey(id),
    queryFn: () => api.GET("/api/v1/campaigns/{id}/objectives", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/**
 * After a change: the objective as answered goes into the list at once (so the chart moves
 * without waiting), then the campaign (its dashboard and history) is read again.
 */
function useRefreshObjectives(id: string) {
  const client = useQueryClient();
  return (changed?: Objective, removedId?: string) => {
    client.setQueryData<{ items: Objective[] }>(objectivesKey(id), (list) => {
      if (!list) return list;
      let items = list.items.filter((o) => o.id !== removedId);
      if (changed) {
        items = items.some((o) => o.id === changed.id)
          ? items.map((o) => (o.id === changed.id ? changed : o))
          : [...items, changed];
      }
      return { items };
    });
    void client.invalidateQueries({ queryKey: campaignKey(id) });
  };
}

export function useCreateObjective(id: string) {
  const refresh = useRefreshObjectives(id);
  return useMutation({
    mutationFn: (body: ObjectiveInput) =>
      api.POST("/api/v1/campaigns/{id}/objectives", { params: { path: { id } }, body }),
    onSuccess: (objective) => refresh(objective),
  });
}

export function useUpdateObjective(id: string, objectiveId: string) {
  const refresh = useRefreshObjectives(id);
  return useMutation({
    mutationFn: (body: ObjectivePatch) =>
      api.PATCH("/api/v1/campaigns/{id}/objectives/{objectiveId}", {
        params: { path: { id, objectiveId } },
        body,
      }),
    onSuccess: (objective) => refresh(objective),
  });
}

export function useDeleteObjective(id: string, objectiveId: string) {
  const refresh = useRefreshObjectives(id);
  return useMutation({
    mutationFn: () =>
      api.DELETE("/api/v1/campaigns/{id}/objectives/{objectiveId}", {
        params: { path: { id, objectiveId } },
      }),
    onSuccess: () => refresh(undefined, objectiveId),
  });
}

export function useReportProgress(id: string, objectiveId: string) {
  const refresh = useRefreshObjectives(id);
  return useMutation({
    mutationFn: (body: ProgressInput) =>
      api.POST("/api/v1/campaigns/{id}/objectives/{objectiveId}/progress", {
        params: { path: { id, objectiveId } },
        body,
      }),
    onSuccess: (objective) => refresh(objective),
  });
}

export function useWithdrawProgress(id: string, objectiveId: string) {
  const refresh = useRefreshObjectives(id);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (progressId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/objectives/{objectiveId}/progress/{progressId}", {
        params: { path: { id, objectiveId, progressId } },
      }),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: objectivesKey(id) });
    },
  });
}
