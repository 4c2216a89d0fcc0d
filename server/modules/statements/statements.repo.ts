import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { riskAssessments } from "./risk.table.ts";
import { statementAnswers, statementVersions, statements } from "./statements.table.ts";

type Executor = Db | Tx;
export type StatementRow = typeof statements.$inferSelect;
export type VersionRow = typeof statementVersions.$inferSelect;
export type AnswerRow = typeof statementAnswers.$inferSelect;

/** The only reader and writer of the statements tables. */
export function createStatementsRepo(db: Db) {
  return {
    async insert(tx: Tx, row: typeof statements.$inferInsert, version: VersionRow) {
      await tx.insert(statements).values(row);
      await tx.insert(statementVersions).values(version);
    },

    async findById(id: string, tx: Executor = db): Promise<StatementRow | undefined> {
      const [row] = await tx.select().from(statements).where(eq(statements.id, id));
      return row;
    },

    async findByInvitation(hash: string, tx: Executor = db): Promise<StatementRow | undefined> {
      const [row] = await tx.select().from(statements).where(eq(statements.invitationHash, hash));
      return row;
    },

    /** Serialises changes to one statement (versions, answers, publishing). */
    async lock(tx: Tx, id: string): Promise<StatementRow | undefined> {
      const [row] = await tx.select().from(statements).where(eq(statements.id, id)).for("update");
      return row;
    },

    async update(tx: Tx, id: string, set: Partial<typeof statements.$inferInsert>) {
      await tx.update(statements).set(set).where(eq(statements.id, id));
    },

    async list(coalitionId: string, campaignId?: string) {
      return db
        .select()
        .from(statements)
        .where(
          and(
            eq(statements.coalitionId, coalitionId),
            campaignId ? eq(statements.campaignId, campaignId) : undefined,
          ),
        )
        .orderBy(desc(statements.createdAt));
    },

    async listPublished(coalitionId: string, limit: number) {
      return db
        .select()
        .from(statements)
        .where(and(eq(statements.coalitionId, coalitionId), eq(statements.status, "published")))
        .orderBy(desc(statements.publishedAt))
        .limit(limit);
    },

    async insertVersion(tx: Tx, version: VersionRow) {
      await tx.insert(statementVersions).values(version);
    },

    async version(id: string, tx: Executor = db): Promise<VersionRow | undefined> {
      const [row] = await tx.select().from(statementVersions).where(eq(statementVersions.id, id));
      return row;
    },

    async versionsOf(ids: readonly string[]): Promise<VersionRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(statementVersions)
        .where(inArray(statementVersions.id, [...ids]));
    },

    async versions(statementId: string, tx: Executor = db): Promise<VersionRow[]> {
      return tx
        .select()
        .from(statementVersions)
        .where(eq(statementVersions.statementId, statementId))
        .orderBy(asc(statementVersions.number));
    },

    async answers(statementId: string, tx: Executor = db): Promise<AnswerRow[]> {
      return tx
        .select()
        .from(statementAnswers)
        .where(eq(statementAnswers.statementId, statementId));
    },

    /** The public answers of one version, and how many support it privately. */
    async answersOnVersion(statementId: string, versionId: string) {
      return db
        .select({
          organizationId: statementAnswers.organizationId,
          answer: statementAnswers.answer,
          versionId: statementAnswers.versionId,
        })
        .from(statementAnswers)
        .where(
          and(
            eq(statementAnswers.statementId, statementId),
            eq(statementAnswers.versionId, versionId),
            inArray(statementAnswers.answer, ["public", "private"]),
          ),
        );
    },

    /** The joint risk assessment of a statement, if one was opened. */
    async assessmentOf(statementId: string): Promise<string | null> {
      const [row] = await db
        .select({ id: riskAssessments.id })
        .from(riskAssessments)
        .where(
          and(
            eq(riskAssessments.subjectKind, "statement"),
            eq(riskAssessments.subjectId, statementId),
          ),
        )
        .limit(1);
      return row?.id ?? null;
    },

    /** One organisation, one voice: a new answer replaces its earlier one. */
    async answer(tx: Tx, row: typeof statementAnswers.$inferInsert) {
      await tx
        .insert(statementAnswers)
        .values(row)
        .onConflictDoUpdate({
          target: [statementAnswers.statementId, statementAnswers.organizationId],
          set: {
            versionId: row.versionId,
            answer: row.answer,
            declineReason: row.declineReason ?? null,
            outside: row.outside,
            answeredBy: row.answeredBy ?? null,
            answeredAt: row.answeredAt,
          },
        });
    },
  };
}
export type StatementsRepo = ReturnType<typeof createStatementsRepo>;
