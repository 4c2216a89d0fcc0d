import type { z } from "zod";
import { insideStatuses, managerRoles } from "../../../shared/policy/index.ts";
import type { AnswerInput } from "../../../shared/statements/api.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Forbidden, NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { StatementRow, StatementsRepo } from "./statements.repo.ts";
import { type StatementsService, tokenHash } from "./statements.service.ts";

const noSuchInvitation = "No such invitation.";

/**
 * Sign-on from outside the coalition, through the link its convening side shares. The link
 * lets an organisation's owners and admins read the statement's current text and answer for
 * it, as members do; it shows nothing else of the coalition, not even who else answered.
 */
export function createStatementInvitationsService(deps: {
  database: Database;
  repo: StatementsRepo;
  statements: Pick<StatementsService, "requireOpenFor" | "presentVersion">;
  coalitions: Pick<CoalitionDirectory, "members">;
  membershipsOf: MembershipsOf;
  names: Names;
  clock: Clock;
}) {
  const { database, repo, statements, coalitions, membershipsOf, names, clock } = deps;

  async function find(token: string, tx?: Tx): Promise<StatementRow> {
    const hash = tokenHash(token);
    const found = await repo.findByInvitation(hash, tx);
    const row = found && tx ? await repo.lock(tx, found.id) : found;
    if (!row || row.invitationHash !== hash || row.status === "withdrawn") {
      throw new NotFound(noSuchInvitation);
    }
    return row;
  }

  /** The organisations the viewer manages that are not inside the coalition: they answer here. */
  async function outsideFor(actor: Actor, row: StatementRow, tx?: Tx) {
    const managed = (await membershipsOf(actor.userId, tx))
      .filter((m) => managerRoles.includes(m.role))
      .map((m) => m.organizationId);
    const inside = new Set(
      (
        await coalitions.members(
          row.coalitionId,
          { statuses: insideStatuses, organizationIds: managed },
          tx,
        )
      ).map((m) => m.organizationId),
    );
    return managed.filter((id) => !inside.has(id));
  }

  async function present(actor: Actor, row: StatementRow) {
    const [version, answers, orgs] = await Promise.all([
      repo.version(row.currentVersionId),
      repo.answers(row.id),
      outsideFor(actor, row),
    ]);
    const versions = await repo.versions(row.id);
    const numbers = new Map(versions.map((v) => [v.id, v.number]));
    const orgNames = await names.organizations(orgs);
    const mine = new Set(orgs);
    return {
      id: row.id,
      status: row.status,
      signOnClosesAt: row.signOnClosesAt?.toISOString() ?? null,
      current: statements.presentVersion(version!),
      answerFor: orgs
        .map((id) => ({ organizationId: id, name: orgNames.get(id) ?? "" }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      mine: answers
        .filter((a) => mine.has(a.organizationId))
        .map((a) => ({
          organizationId: a.organizationId,
          name: orgNames.get(a.organizationId) ?? "",
          answer: a.answer,
          versionId: a.versionId,
          versionNumber: numbers.get(a.versionId) ?? 0,
          confirmAgain: a.answer !== "decline" && a.versionId !== row.currentVersionId,
          declineReason: a.declineReason,
          outside: a.outside,
          answeredAt: a.answeredAt.toISOString(),
        })),
    };
  }

  return {
    async get(actor: Actor, token: string) {
      return present(actor, await find(token));
    },

    async answer(actor: Actor, token: string, input: z.output<typeof AnswerInput>) {
      const id = await database.db.transaction(async (tx) => {
        const row = await find(token, tx);
        if (!(await outsideFor(actor, row, tx)).includes(input.organizationId)) {
          throw new Forbidden(
            "Only an owner or admin of an organisation outside the coalition answers for it here; members answer in the coalition.",
          );
        }
        statements.requireOpenFor(row, input.versionId);
        await repo.answer(tx, {
          statementId: row.id,
          organizationId: input.organizationId,
          versionId: input.versionId,
          answer: input.answer,
          declineReason: input.answer === "decline" ? (input.declineReason ?? null) : null,
          outside: true,
          answeredBy: actor.userId,
          answeredAt: clock.now(),
        });
        return row.id;
      });
      const row = await repo.findById(id);
      return present(actor, row!);
    },
  };
}
export type StatementInvitationsService = ReturnType<typeof createStatementInvitationsService>;
