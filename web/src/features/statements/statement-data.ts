import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AnswerInput,
  InvitedStatement,
  Statement,
  StatementInput,
  StatementPatch,
  StatementSummary,
} from "../../../../shared/statements/api.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";

export type StatementSummaryItem = z.infer<typeof StatementSummary>;
export type Invited = z.infer<typeof InvitedStatement>;
export type Answer = AnswerInput["answer"];

/** Everything read about one statement hangs under this key. */
export const statementKey = (id: string) => ["statement", id] as const;
const listKey = (coalitionId: string) => ["statements", coalitionId] as const;

export function useStatement(id: string) {
  return useQuery({
    queryKey: statementKey(id),
    queryFn: () => api.GET("/api/v1/statements/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export function useStatementVersions(id: string) {
  return useQuery({
    queryKey: [...statementKey(id), "versions"],
    queryFn: () => api.GET("/api/v1/statements/{id}/versions", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** A coalition's statements, newest first; only one campaign's when `campaignId` is given. */
export function useCoalitionStatements(coalitionId: string, campaignId?: string, enabled = true) {
  return useQuery({
    queryKey: [...listKey(coalitionId), campaignId ?? "all"],
    queryFn: () =>
      api.GET("/api/v1/coalitions/{id}/statements", {
        params: { path: { id: coalitionId }, query: campaignId ? { campaignId } : {} },
      }),
    retry: retryUnlessRefused,
    enabled: enabled && !!coalitionId,
  });
}

export function useCreateStatement(coalitionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StatementInput) =>
      api.POST("/api/v1/coalitions/{id}/statements", {
        params: { path: { id: coalitionId } },
        body,
      }),
    onSuccess: async (made) => {
      client.setQueryData(statementKey(made.id), made);
      await client.invalidateQueries({ queryKey: listKey(coalitionId) });
    },
  });
}

/** Every statement write answers with the statement as it now is. */
function useStatementWrite<V>(statement: Statement, write: (values: V) => Promise<Statement>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (updated) => {
      client.setQueryData(statementKey(statement.id), updated);
      await client.invalidateQueries({ queryKey: statementKey(statement.id) });
      await client.invalidateQueries({ queryKey: listKey(statement.coalitionId) });
    },
  });
}

export function useUpdateStatement(statement: Statement) {
  return useStatementWrite(statement, (body: z.input<typeof StatementPatch>) =>
    api.PATCH("/api/v1/statements/{id}", { params: { path: { id: statement.id } }, body }),
  );
}

export function useAddVersion(statement: Statement) {
  return useStatementWrite(statement, (body: { title: LocalizedText; text: LocalizedText }) =>
    api.POST("/api/v1/statements/{id}/versions", { params: { path: { id: statement.id } }, body }),
  );
}

export function usePublishStatement(statement: Statement) {
  return useStatementWrite(statement, () =>
    api.POST("/api/v1/statements/{id}/publish", { params: { path: { id: statement.id } } }),
  );
}

export function useAnswerStatement(statement: Statement) {
  return useStatementWrite(statement, (body: AnswerInput) =>
    api.POST("/api/v1/statements/{id}/answers", { params: { path: { id: statement.id } }, body }),
  );
}

/** Makes the invitation link; a new one replaces the last. */
export function useMakeInvitation(statement: Statement) {
  return useMutation({
    mutationFn: () =>
      api.POST("/api/v1/statements/{id}/invitation", { params: { path: { id: statement.id } } }),
  });
}

const invitationKey = (token: string) => ["statement-invitation", token] as const;

export function useInvitedStatement(token: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationKey(token),
    queryFn: () =>
      api.GET("/api/v1/statement-invitations/{token}", { params: { path: { token } } }),
    retry: retryUnlessRefused,
    enabled,
  });
}

export function useAnswerInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerInput) =>
      api.POST("/api/v1/statement-invitations/{token}/answers", {
        params: { path: { token } },
        body,
      }),
    onSuccess: (updated) => client.setQueryData(invitationKey(token), updated),
  });
}

/** The coalition's campaigns a statement may belong to (the campaigns list's own query). */
export function useCoalitionCampaigns(coalitionId: string) {
  return useQuery({
    queryKey: ["campaigns", { coalitionId }],
    queryFn: () => api.GET("/api/v1/campaigns", { params: { query: { coalitionId, limit: 50 } } }),
    retry: retryUnlessRefused,
  });
}
