import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { RiskSubjectKind } from "../../../shared/risk/api.ts";
import type { RiskCategory } from "../../../shared/risk/heatmap.ts";
import type { Db, Tx } from "../../db/client.ts";
import {
  riskAssessments,
  riskDecisions,
  riskMitigations,
  riskRatings,
  riskResponses,
} from "./risk.table.ts";
import { statementVersions, statements } from "./statements.table.ts";

type Executor = Db | Tx;
export type AssessmentRow = typeof riskAssessments.$inferSelect;
export type MitigationRow = typeof riskMitigations.$inferSelect;
export type ResponseRow = typeof riskResponses.$inferSelect;
export type RatingRow = typeof riskRatings.$inferSelect;

/**
 * The joint risk assessments, the organisations' own answers to them, the register of
 * mitigations and the proposals that decide them. Answers leave this file only whole, to the
 * service, which alone decides who may see what of them.
 */
export function createRiskRepo(db: Db) {
  return {
    async insert(tx: Tx, row: typeof riskAssessments.$inferInsert) {
      await tx.insert(riskAssessments).values(row);
    },

    async findById(id: string, tx: Executor = db): Promise<AssessmentRow | undefined> {
      const [row] = await tx.select().from(riskAssessments).where(eq(riskAssessments.id, id));
      return row;
    },

    /** Serialises answers and decisions on one assessment. */
    async lock(tx: Tx, id: string): Promise<AssessmentRow | undefined> {
      const [row] = await tx
        .select()
        .from(riskAssessments)
        .where(eq(riskAssessments.id, id))
        .for("update");
      return row;
    },

    /** The assessment of a statement or activity, if it has one. */
    async forSubject(tx: Executor, kind: RiskSubjectKind, subjectId: string) {
      const [row] = await tx
        .select({ id: riskAssessments.id })
        .from(riskAssessments)
        .where(and(eq(riskAssessments.subjectKind, kind), eq(riskAssessments.subjectId, subjectId)))
        .limit(1);
      return row;
    },

    /** A coalition's assessments, newest first, with how many organisations answered each. */
    async listForCoalition(coalitionId: string, limit = 500) {
      return db
        .select({
          assessment: riskAssessments,
          answered: sql<number>`(select count(*)::int from ${riskResponses} r where r.assessment_id = ${riskAssessments.id})`,
        })
        .from(riskAssessments)
        .where(eq(riskAssessments.coalitionId, coalitionId))
        .orderBy(desc(riskAssessments.createdAt), desc(riskAssessments.id))
        .limit(limit);
    },

    async responses(assessmentId: string, tx: Executor = db): Promise<ResponseRow[]> {
      return tx
        .select()
        .from(riskResponses)
        .where(eq(riskResponses.assessmentId, assessmentId))
        .orderBy(asc(riskResponses.organizationId));
    },

    async ratings(assessmentId: string, tx: Executor = db): Promise<RatingRow[]> {
      return tx
        .select()
        .from(riskRatings)
        .where(eq(riskRatings.assessmentId, assessmentId))
        .orderBy(asc(riskRatings.organizationId), asc(riskRatings.category));
    },

    /** Replaces an organisation's answer and its ratings, in the caller's transaction. */
    async replaceResponse(
      tx: Tx,
      response: typeof riskResponses.$inferInsert,
      ratings: { category: RiskCategory; likelihood: number; impact: number }[],
    ) {
      const { assessmentId, organizationId } = response;
      // The upsert locks the answer's row first, so two answers at once replace each other whole.
      await tx
        .insert(riskResponses)
        .values(response)
        .onConflictDoUpdate({
          target: [riskResponses.assessmentId, riskResponses.organizationId],
          set: {
            shareByName: response.shareByName,
            mitigations: response.mitigations ?? [],
            answeredBy: response.answeredBy ?? null,
            answeredAt: response.answeredAt,
          },
        });
      await tx
        .delete(riskRatings)
        .where(
          and(
            eq(riskRatings.assessmentId, assessmentId),
            eq(riskRatings.organizationId, organizationId),
          ),
        );
      await tx
        .insert(riskRatings)
        .values(ratings.map((r) => ({ assessmentId, organizationId, ...r })));
    },

    async mitigations(assessmentId: string): Promise<MitigationRow[]> {
      return db
        .select()
        .from(riskMitigations)
        .where(eq(riskMitigations.assessmentId, assessmentId))
        .orderBy(asc(riskMitigations.createdAt), asc(riskMitigations.id))
        .limit(500);
    },

    async findMitigation(id: string, tx: Executor = db): Promise<MitigationRow | undefined> {
      const [row] = await tx.select().from(riskMitigations).where(eq(riskMitigations.id, id));
      return row;
    },

    async lockMitigation(tx: Tx, id: string): Promise<MitigationRow | undefined> {
      const [row] = await tx
        .select()
        .from(riskMitigations)
        .where(eq(riskMitigations.id, id))
        .for("update");
      return row;
    },

    async insertMitigation(tx: Tx, row: typeof riskMitigations.$inferInsert) {
      await tx.insert(riskMitigations).values(row);
    },

    async updateMitigation(tx: Tx, id: string, set: Partial<typeof riskMitigations.$inferInsert>) {
      await tx.update(riskMitigations).set(set).where(eq(riskMitigations.id, id));
    },

    async insertDecision(tx: Tx, row: typeof riskDecisions.$inferInsert) {
      await tx.insert(riskDecisions).values(row);
    },

    async decisionOf(proposalId: string, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(riskDecisions)
        .where(eq(riskDecisions.proposalId, proposalId));
      return row;
    },

    async decisionsFor(assessmentId: string, tx: Executor = db) {
      return tx.select().from(riskDecisions).where(eq(riskDecisions.assessmentId, assessmentId));
    },

    /** The adopted proposal lets the action go ahead; a statement records its messengers. */
    async recordDecision(
      tx: Tx,
      assessment: AssessmentRow,
      proposalId: string,
      messengers: string[],
    ) {
      await tx
        .update(riskAssessments)
        .set({ decidedByProposalId: proposalId })
        .where(eq(riskAssessments.id, assessment.id));
      if (assessment.subjectKind === "statement" && assessment.subjectId) {
        await tx
          .update(statements)
          .set({ messengers })
          .where(eq(statements.id, assessment.subjectId));
      }
    },

    /** A statement as an assessment needs it: its coalition, campaign and current title. */
    async statement(id: string, tx: Executor = db) {
      const [row] = await tx
        .select({
          coalitionId: statements.coalitionId,
          campaignId: statements.campaignId,
          title: statementVersions.title,
        })
        .from(statements)
        .innerJoin(statementVersions, eq(statementVersions.id, statements.currentVersionId))
        .where(eq(statements.id, id));
      return row;
    },
  };
}
export type RiskRepo = ReturnType<typeof createRiskRepo>;
