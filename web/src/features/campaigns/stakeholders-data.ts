import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  KumuImportInput,
  LinkInput,
  MoveInput,
  StakeholderInput,
  StakeholderPatch,
} from "../../../../shared/campaigns/stakeholders.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { campaignKey } from "./campaign-data.ts";

const stakeholdersKey = (id: string) => [...campaignKey(id), "stakeholders"] as const;

/** The campaign's stakeholders by name, a page of 100 at a time. */
export function useStakeholders(id: string) {
  return useInfiniteQuery({
    queryKey: [...stakeholdersKey(id), "list"],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/campaigns/{id}/stakeholders", {
        params: { path: { id }, query: { limit: 100, cursor: pageParam } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
  });
}

/** The map on a day (today when undefined); the previous day's map stays up while the next loads. */
export function usePowerMap(id: string, on?: string) {
  return useQuery({
    queryKey: [...stakeholdersKey(id), "map", on ?? "today"],
    queryFn: () =>
      api.GET("/api/v1/campaigns/{id}/stakeholders/power-map", {
        params: { path: { id }, query: on ? { on } : {} },
      }),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
}

function useRefresh(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: stakeholdersKey(id) });
    void client.invalidateQueries({ queryKey: [...campaignKey(id), "history"] });
  };
}

export function useCreateStakeholder(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: StakeholderInput) =>
      api.POST("/api/v1/campaigns/{id}/stakeholders", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateStakeholder(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ stakeholderId, body }: { stakeholderId: string; body: StakeholderPatch }) =>
      api.PATCH("/api/v1/campaigns/{id}/stakeholders/{stakeholderId}", {
        params: { path: { id, stakeholderId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useRemoveStakeholder(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (stakeholderId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/stakeholders/{stakeholderId}", {
        params: { path: { id, stakeholderId } },
      }),
    onSuccess: refresh,
  });
}

export function useMoveStakeholder(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ stakeholderId, body }: { stakeholderId: string; body: MoveInput }) =>
      api.POST("/api/v1/campaigns/{id}/stakeholders/{stakeholderId}/moves", {
        params: { path: { id, stakeholderId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useLinkStakeholders(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: LinkInput) =>
      api.POST("/api/v1/campaigns/{id}/stakeholder-links", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUnlinkStakeholders(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (linkId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/stakeholder-links/{linkId}", {
        params: { path: { id, linkId } },
      }),
    onSuccess: refresh,
  });
}

/** A Kumu import, or with dryRun what it would do; only a real import refreshes the page. */
export function useKumuImport(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: KumuImportInput) =>
      api.POST("/api/v1/campaigns/{id}/stakeholders/kumu", { params: { path: { id } }, body }),
    onSuccess: (report) => {
      if (report.imported) refresh();
    },
  });
}

/** Where the browser downloads the Kumu CSV files from. */
export const kumuExportUrl = (id: string, file: "elements" | "connections") =>
  `/api/v1/campaigns/${id}/stakeholders/kumu/${file}.csv`;
