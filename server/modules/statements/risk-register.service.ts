import type { z } from "zod";
import {
  type CoalitionStanding,
  can,
  check,
  convenerSideFor,
  mayOwnActionItem,
} from "../../../shared/policy/index.ts";
import type { Mitigation, MitigationInput, MitigationPatch } from "../../../shared/risk/api.ts";
import type { Database, Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ActionItemDirectory } from "../meetings/meetings.module.ts";
import type { AssessmentRow, MitigationRow, RiskRepo } from "./risk.repo.ts";

const noSuchAssessment = "No such risk assessment.";
const noSuchMitigation = "No such mitigation.";

/**
 * The coalition's register of mitigations: whoever runs the assessment keeps it, with owners
 * and due dates; the owner organisation's representatives (or the convening side) mark one
 * done. A mitigation can also become one of the coalition's action items, in the same
 * transaction, under the action items' own rule (the convening side creates them).
 */
export function createRiskRegister(deps: {
  database: Database;
  repo: RiskRepo;
  coalitions: Pick<CoalitionDirectory, "authorize" | "load" | "member" | "lockMembership">;
  actionItems: ActionItemDirectory;
  names: Names;
  clock: Clock;
  events: Emit;
}) {
  const { database, repo, coalitions, actionItems, names, clock, events } = deps;

  /** An owner must be an active member; the coalition row is locked so it stays one. */
  async function requireActiveOwner(tx: Tx, coalitionId: string, organizationId: string) {
    await coalitions.lockMembership(tx, coalitionId);
    const member = await coalitions.member(coalitionId, organizationId, tx);
    if (!member || !mayOwnActionItem(member)) {
      throw new Invalid("The owner must be an active member organisation of the coalition.", [
        { field: "body.ownerOrganizationId", message: "is not an active member of this coalition" },
      ]);
    }
  }

  async function presentRows(
    rows: MitigationRow[],
    standing: CoalitionStanding,
  ): Promise<z.infer<typeof Mitigation>[]> {
    const owners = await names.organizations(
      rows.flatMap((r) => (r.ownerOrganizationId ? [r.ownerOrganizationId] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      assessmentId: r.assessmentId,
      title: r.title,
      owner: r.ownerOrganizationId
        ? { organizationId: r.ownerOrganizationId, name: owners.get(r.ownerOrganizationId) ?? "" }
        : null,
      dueOn: r.dueOn,
      status: r.status,
      actionItemId: r.actionItemId,
      mayUpdate: can(standing, "mitigation.status", {
        ownerOrganizationId: r.ownerOrganizationId,
      }),
    }));
  }

  /** May this standing make the change? Status is the owner's or the convening side's. */
  function enforceChange(
    standing: CoalitionStanding,
    assessment: AssessmentRow,
    row: MitigationRow,
    patch: z.output<typeof MitigationPatch>,
  ) {
    const { status, ...details } = patch;
    const lead = { leadOrganizationId: assessment.leadOrganizationId };
    if (Object.values(details).some((v) => v !== undefined)) {
      enforce(check(standing, "risk.manage", lead), noSuchMitigation);
    }
    if (status !== undefined && !can(standing, "risk.manage", lead)) {
      enforce(
        check(standing, "mitigation.status", { ownerOrganizationId: row.ownerOrganizationId }),
        noSuchMitigation,
      );
    }
  }

  async function presentOne(id: string, standing: CoalitionStanding) {
    const row = await repo.findMitigation(id);
    if (!row) throw new NotFound(noSuchMitigation);
    const [presented] = await presentRows([row], standing);
    return presented as z.infer<typeof Mitigation>;
  }

  return {
    /** The register of an assessment, as this standing reads it. */
    async present(assessment: AssessmentRow, standing: CoalitionStanding) {
      return presentRows(await repo.mitigations(assessment.id), standing);
    },

    async add(actor: Actor, assessmentId: string, input: z.output<typeof MitigationInput>) {
      const assessment = await repo.findById(assessmentId);
      if (!assessment) throw new NotFound(noSuchAssessment);
      const { coalitionId } = assessment;
      const lead = { leadOrganizationId: assessment.leadOrganizationId };
      await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: noSuchAssessment },
        "risk.manage",
        lead,
      );
      const id = newId();
      const standing = await database.db.transaction(async (tx) => {
        const now = await coalitions.authorize(
          actor,
          coalitionId,
          { unknown: noSuchAssessment, tx },
          "risk.manage",
          lead,
        );
        if (input.ownerOrganizationId) {
          await requireActiveOwner(tx, coalitionId, input.ownerOrganizationId);
        }
        const at = clock.now();
        let actionItemId: string | null = null;
        if (input.asActionItem && input.ownerOrganizationId && input.dueOn) {
          // The action items' own rule: the convening side creates them.
          enforce(check(now.standing, "actionItem.create"), noSuchAssessment);
          actionItemId = newId();
          await actionItems.insert(
            tx,
            {
              id: actionItemId,
              coalitionId,
              meetingId: null,
              title: input.title,
              ownerOrganizationId: input.ownerOrganizationId,
              dueDate: input.dueOn,
              status: "open",
              sequence: 0,
              createdBy: actor.userId,
              createdAt: at,
              updatedAt: at,
            },
            {
              changedBy: actor.userId,
              changedFor: convenerSideFor(now.standing)[0] ?? null,
              changedAt: at,
            },
          );
        }
        await repo.insertMitigation(tx, {
          id,
          assessmentId,
          title: input.title,
          ownerOrganizationId: input.ownerOrganizationId ?? null,
          dueOn: input.dueOn ?? null,
          status: "open",
          actionItemId,
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        });
        if (input.ownerOrganizationId) {
          await events.emit(tx, "mitigation.assigned", {
            coalitionId,
            coalitionName: now.coalition.name,
            assessmentId,
            title: input.title,
            ownerOrganizationId: input.ownerOrganizationId,
            byUserId: actor.userId,
          });
        }
        return now.standing;
      });
      return presentOne(id, standing);
    },

    async update(actor: Actor, id: string, patch: z.output<typeof MitigationPatch>) {
      const row = await repo.findMitigation(id);
      const assessment = row && (await repo.findById(row.assessmentId));
      if (!row || !assessment) throw new NotFound(noSuchMitigation);
      const found = await coalitions.authorize(
        actor,
        assessment.coalitionId,
        { unknown: noSuchMitigation },
        "risk.read",
      );
      enforceChange(found.standing, assessment, row, patch);
      const standing = await database.db.transaction(async (tx) => {
        const locked = await repo.lockMitigation(tx, id);
        if (!locked) throw new NotFound(noSuchMitigation);
        const now = await coalitions.authorize(
          actor,
          assessment.coalitionId,
          { unknown: noSuchMitigation, tx },
          "risk.read",
        );
        enforceChange(now.standing, assessment, locked, patch);
        if (patch.ownerOrganizationId && patch.ownerOrganizationId !== locked.ownerOrganizationId) {
          await requireActiveOwner(tx, assessment.coalitionId, patch.ownerOrganizationId);
        }
        const next = {
          title: patch.title ?? locked.title,
          status: patch.status ?? locked.status,
          ownerOrganizationId:
            patch.ownerOrganizationId === undefined
              ? locked.ownerOrganizationId
              : patch.ownerOrganizationId,
          dueOn: patch.dueOn === undefined ? locked.dueOn : patch.dueOn,
        };
        const changed = (Object.keys(next) as (keyof typeof next)[]).some(
          (k) => next[k] !== locked[k],
        );
        if (changed) await repo.updateMitigation(tx, id, { ...next, updatedAt: clock.now() });
        return now.standing;
      });
      return presentOne(id, standing);
    },
  };
}
export type RiskRegister = ReturnType<typeof createRiskRegister>;
