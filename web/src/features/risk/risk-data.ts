import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  FrontingAdviceList,
  Mitigation,
  RiskAssessment,
  RiskAssessmentInput,
  RiskDecisionInput,
  RiskResponseInput,
} from "../../../../shared/risk/api.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../../lib/coalition-data.ts";

export type FrontingAdvice = z.infer<typeof FrontingAdviceList>["items"][number];
export type MitigationItem = z.infer<typeof Mitigation>;

export const riskKey = (id: string) => ["risk-assessment", id] as const;
const coalitionRiskKey = (coalitionId: string) =>
  [...coalitionKey(coalitionId), "risk-assessments"] as const;

export function useRiskAssessment(id: string) {
  return useQuery({
    queryKey: riskKey(id),
    queryFn: () => api.GET("/api/v1/risk-assessments/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export function useCoalitionRiskAssessments(coalitionId: string, enabled = true) {
  return useQuery({
    queryKey: coalitionRiskKey(coalitionId),
    queryFn: () =>
      api.GET("/api/v1/coalitions/{id}/risk-assessments", {
        params: { path: { id: coalitionId } },
      }),
    retry: retryUnlessRefused,
    enabled,
  });
}

/** Who should front the action: asked only by those the server lets recommend. */
export function useFronting(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...riskKey(id), "fronting"],
    queryFn: () => api.GET("/api/v1/risk-assessments/{id}/fronting", { params: { path: { id } } }),
    retry: retryUnlessRefused,
    enabled,
  });
}

/** The risk summary and messengers of a proposal; `summary` is null when it decides none. */
export function useProposalRisk(proposalId: string) {
  return useQuery({
    queryKey: ["proposal", proposalId, "risk"],
    queryFn: () => api.GET("/api/v1/proposals/{id}/risk", { params: { path: { id: proposalId } } }),
    retry: retryUnlessRefused,
  });
}

export function useOpenAssessment(coalitionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskAssessmentInput) =>
      api.POST("/api/v1/coalitions/{id}/risk-assessments", {
        params: { path: { id: coalitionId } },
        body,
      }),
    onSuccess: async (made) => {
      client.setQueryData(riskKey(made.id), made);
      await client.invalidateQueries({ queryKey: coalitionRiskKey(coalitionId) });
    },
  });
}

/** An organisation's own answer: the server answers with the assessment as it now is. */
export function useAnswerRisk(assessment: RiskAssessment) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ organizationId, body }: { organizationId: string; body: RiskResponseInput }) =>
      api.PUT("/api/v1/risk-assessments/{id}/responses/{organizationId}", {
        params: { path: { id: assessment.id, organizationId } },
        body,
      }),
    onSuccess: async (updated) => {
      client.setQueryData(riskKey(assessment.id), updated);
      await client.invalidateQueries({ queryKey: [...riskKey(assessment.id), "fronting"] });
      await client.invalidateQueries({ queryKey: coalitionRiskKey(assessment.coalitionId) });
    },
  });
}

type MitigationBody = {
  title: string;
  ownerOrganizationId?: string;
  dueOn?: string;
  asActionItem: boolean;
};

export function useAddMitigation(assessment: RiskAssessment) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MitigationBody) =>
      api.POST("/api/v1/risk-assessments/{id}/mitigations", {
        params: { path: { id: assessment.id } },
        body,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: riskKey(assessment.id) });
      // An action item made from it shows on the coalition's page.
      await client.invalidateQueries({
        queryKey: [...coalitionKey(assessment.coalitionId), "action-items"],
      });
    },
  });
}

export function useUpdateMitigation(assessmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: "open" | "done" }) =>
      api.PATCH("/api/v1/mitigations/{id}", { params: { path: { id } }, body: { status } }),
    onSuccess: () => client.invalidateQueries({ queryKey: riskKey(assessmentId) }),
  });
}

export function useProposeDecision(assessment: RiskAssessment) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskDecisionInput) =>
      api.POST("/api/v1/risk-assessments/{id}/decision", {
        params: { path: { id: assessment.id } },
        body,
      }),
    onSuccess: async (proposal) => {
      client.setQueryData(["proposal", proposal.id], proposal);
      await client.invalidateQueries({ queryKey: coalitionKey(assessment.coalitionId) });
    },
  });
}

/** The coalition's statements, to choose the one assessed. */
export function useCoalitionStatements(coalitionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...coalitionKey(coalitionId), "statements"],
    queryFn: () =>
      api.GET("/api/v1/coalitions/{id}/statements", { params: { path: { id: coalitionId } } }),
    retry: retryUnlessRefused,
    enabled,
  });
}

/**
 * The activities of the coalition's campaigns, each with its campaign: to choose the one
 * assessed, and to find an assessed activity's workplan (the assessment names no campaign).
 */
export function useCoalitionActivities(coalitionId: string, enabled: boolean) {
  const campaigns = useQuery({
    queryKey: ["campaigns", { coalitionId }],
    queryFn: () => api.GET("/api/v1/campaigns", { params: { query: { coalitionId, limit: 50 } } }),
    retry: retryUnlessRefused,
    enabled,
  });
  const items = campaigns.data?.items ?? [];
  const workplans = useQueries({
    queries: items.map((campaign) => ({
      queryKey: ["campaign", campaign.id, "workplan", "risk-choices"],
      queryFn: () =>
        api.GET("/api/v1/campaigns/{id}/activities", {
          params: { path: { id: campaign.id }, query: { limit: 200 } },
        }),
      retry: retryUnlessRefused,
      enabled,
    })),
  });
  const activities = items.flatMap((campaign, index) =>
    (workplans[index]?.data?.items ?? []).map((activity) => ({ campaign, activity })),
  );
  return {
    isPending: enabled && (campaigns.isPending || workplans.some((w) => w.isPending)),
    error: campaigns.error ?? workplans.find((w) => w.error)?.error ?? null,
    activities,
  };
}
