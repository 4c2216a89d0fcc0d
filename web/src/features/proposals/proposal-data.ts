import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { Proposal } from "../../../../shared/proposals.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../../lib/coalition-data.ts";

export const proposalKey = (id: string) => ["proposal", id] as const;

/** Live while open: tallies refresh every 15 seconds and whenever the reader comes back. */
export function useProposal(id: string) {
  return useQuery({
    queryKey: proposalKey(id),
    queryFn: () => api.GET("/api/v1/proposals/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    refetchInterval: (query) => (query.state.data?.status === "open" ? 15_000 : false),
    refetchOnWindowFocus: (query) => query.state.data?.status === "open",
  });
}

/** Every proposal write answers with the proposal as it now is. */
function useProposalWrite<V>(proposal: Proposal, write: (values: V) => Promise<Proposal>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (updated) => {
      queryClient.setQueryData(proposalKey(proposal.id), updated);
      // The coalition's list shows status and outcome; an adopted amendment changes the charter.
      await queryClient.invalidateQueries({ queryKey: coalitionKey(proposal.coalitionId) });
    },
  });
}

export function useCastStance(proposal: Proposal) {
  return useProposalWrite(
    proposal,
    ({ organizationId, ballot }: { organizationId: string; ballot: unknown }) =>
      api.PUT("/api/v1/proposals/{id}/stances/{organizationId}", {
        params: { path: { id: proposal.id, organizationId } },
        body: { ballot },
      }),
  );
}

export function useCloseProposal(proposal: Proposal) {
  return useProposalWrite(proposal, () =>
    api.POST("/api/v1/proposals/{id}/close", { params: { path: { id: proposal.id } } }),
  );
}

export function useRecordOutcome(proposal: Proposal) {
  return useProposalWrite(proposal, (body: { statement: LocalizedText; reviewDate?: string }) =>
    api.PUT("/api/v1/proposals/{id}/outcome", { params: { path: { id: proposal.id } }, body }),
  );
}
