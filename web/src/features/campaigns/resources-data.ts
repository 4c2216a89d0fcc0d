import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BudgetLineInput,
  BudgetLinePatch,
  PledgeInput,
  PledgePatch,
  SpendingInput,
  SpendingPatch,
} from "../../../../shared/campaigns/resources.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { campaignKey } from "./campaign-data.ts";

/** Under the campaign's key: a change anywhere in the campaign reads them again. */
const resourcesKey = (id: string, part: string) => [...campaignKey(id), "resources", part] as const;

export function usePledges(id: string) {
  return useQuery({
    queryKey: resourcesKey(id, "pledges"),
    queryFn: () => api.GET("/api/v1/campaigns/{id}/pledges", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export function useBudgetLines(id: string) {
  return useQuery({
    queryKey: resourcesKey(id, "budget-lines"),
    queryFn: () => api.GET("/api/v1/campaigns/{id}/budget-lines", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** Totals per currency as the server adds them: the page never sums amounts itself. */
export function useResourcesSummary(id: string) {
  return useQuery({
    queryKey: resourcesKey(id, "summary"),
    queryFn: () =>
      api.GET("/api/v1/campaigns/{id}/resources/summary", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** Spending entries, newest first, a page at a time. */
export function useSpending(id: string) {
  return useInfiniteQuery({
    queryKey: resourcesKey(id, "spending"),
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/campaigns/{id}/spending", {
        params: { path: { id }, query: { limit: 20, cursor: pageParam } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
  });
}

/** After any change: the lists, the totals, the dashboard and the history read again. */
function useRefresh(id: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: campaignKey(id) });
}

export function useCreatePledge(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: PledgeInput) =>
      api.POST("/api/v1/campaigns/{id}/pledges", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdatePledge(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ pledgeId, body }: { pledgeId: string; body: PledgePatch }) =>
      api.PATCH("/api/v1/campaigns/{id}/pledges/{pledgeId}", {
        params: { path: { id, pledgeId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeletePledge(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (pledgeId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/pledges/{pledgeId}", {
        params: { path: { id, pledgeId } },
      }),
    onSuccess: refresh,
  });
}

export function useCreateBudgetLine(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: BudgetLineInput) =>
      api.POST("/api/v1/campaigns/{id}/budget-lines", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateBudgetLine(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ budgetLineId, body }: { budgetLineId: string; body: BudgetLinePatch }) =>
      api.PATCH("/api/v1/campaigns/{id}/budget-lines/{budgetLineId}", {
        params: { path: { id, budgetLineId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteBudgetLine(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (budgetLineId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/budget-lines/{budgetLineId}", {
        params: { path: { id, budgetLineId } },
      }),
    onSuccess: refresh,
  });
}

export function useRecordSpending(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: SpendingInput) =>
      api.POST("/api/v1/campaigns/{id}/spending", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateSpending(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ spendingId, body }: { spendingId: string; body: SpendingPatch }) =>
      api.PATCH("/api/v1/campaigns/{id}/spending/{spendingId}", {
        params: { path: { id, spendingId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteSpending(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (spendingId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/spending/{spendingId}", {
        params: { path: { id, spendingId } },
      }),
    onSuccess: refresh,
  });
}

/** The fund monitor's review of one entry: confirm it, or query it with a note. */
export function useReviewSpending(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (
      review:
        | { spendingId: string; action: "confirm" }
        | {
            spendingId: string;
            action: "query";
            note: string;
          },
    ) =>
      review.action === "confirm"
        ? api.POST("/api/v1/campaigns/{id}/spending/{spendingId}/confirm", {
            params: { path: { id, spendingId: review.spendingId } },
          })
        : api.POST("/api/v1/campaigns/{id}/spending/{spendingId}/query", {
            params: { path: { id, spendingId: review.spendingId } },
            body: { note: review.note },
          }),
    onSuccess: refresh,
  });
}
