import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";

export type NetworkFilters = { issue?: string; region?: string; organizationId?: string };

/** The network as the signed-in person may see it; the last picture stays while the next loads. */
export function useNetwork(filters: NetworkFilters, enabled: boolean) {
  return useQuery({
    queryKey: ["network", filters],
    queryFn: () => api.GET("/api/v1/discovery/network", { params: { query: filters } }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
