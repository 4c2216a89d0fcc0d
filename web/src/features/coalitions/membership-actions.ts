import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Coalition, CoalitionRole, MembershipAction } from "../../../../shared/coalitions.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey } from "../../lib/coalition-data.ts";

/**
 * Every membership write answers with the coalition as it now is, so the page shows that
 * at once, then refreshes the lists it feeds (directory, proposals, eligibility).
 */
function useCoalitionWrite<V>(coalitionId: string, write: (values: V) => Promise<Coalition>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (coalition) => {
      queryClient.setQueryData(coalitionKey(coalitionId), coalition);
      await queryClient.invalidateQueries({
        predicate: (q) =>
          q.queryKey[0] === "coalitions" ||
          (q.queryKey[0] === "coalition" && q.queryKey[1] === coalitionId && q.queryKey.length > 2),
      });
    },
  });
}

export function useMembershipStep(coalitionId: string) {
  return useCoalitionWrite(
    coalitionId,
    ({
      organizationId,
      action,
      namedPublicly,
    }: {
      organizationId: string;
      action: MembershipAction;
      /** With accept: whether the organisation may be named outside the coalition. */
      namedPublicly?: boolean;
    }) =>
      api.POST("/api/v1/coalitions/{id}/members/{organizationId}/{action}", {
        params: { path: { id: coalitionId, organizationId, action } },
        body: namedPublicly === undefined ? {} : { namedPublicly },
      }),
  );
}

export function useMemberPatch(coalitionId: string) {
  return useCoalitionWrite(
    coalitionId,
    ({
      organizationId,
      ...patch
    }: {
      organizationId: string;
      role?: CoalitionRole;
      namedPublicly?: boolean;
    }) =>
      api.PATCH("/api/v1/coalitions/{id}/members/{organizationId}", {
        params: { path: { id: coalitionId, organizationId } },
        body: patch,
      }),
  );
}

export function useApply(coalitionId: string) {
  return useCoalitionWrite(
    coalitionId,
    (body: { organizationId: string; answers: Record<string, string>; namedPublicly: boolean }) =>
      api.POST("/api/v1/coalitions/{id}/applications", {
        params: { path: { id: coalitionId } },
        body,
      }),
  );
}

export function useInvite(coalitionId: string) {
  return useCoalitionWrite(
    coalitionId,
    (body: {
      organizationId: string;
      role: Exclude<CoalitionRole, "convener">;
      /** Whether it may be named outside the coalition until it answers. */
      namedPublicly: boolean;
    }) =>
      api.POST("/api/v1/coalitions/{id}/invitations", {
        params: { path: { id: coalitionId } },
        body,
      }),
  );
}
