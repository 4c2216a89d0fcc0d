import type { z } from "zod";
import type {
  ApplicationInput,
  CoalitionInvitationInput,
  CoalitionRole,
  MemberPatch,
  MembershipAction,
  MembershipStatus,
} from "../../../shared/coalitions.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { OrganizationsRepo } from "../organizations/organizations.repo.ts";
import { managerRoles } from "../organizations/organizations.service.ts";
import { type CoalitionsRepo, insideStatuses, pendingStatuses } from "./coalitions.repo.ts";
import type { CoalitionsService } from "./coalitions.service.ts";
import type { NotificationsService } from "../notifications/notifications.service.ts";
import type { ProposalsRepo } from "../proposals/proposals.repo.ts";
import { rulesFromCharter } from "../proposals/proposals.service.ts";

/** How long the members have to decide on an application, when the charter asks for a decision. */
const admissionDecisionDays = 7;

/** Who takes each step, from which statuses, and where it leads. */
const steps: Record<
  MembershipAction,
  { by: "organization" | "convener"; from: MembershipStatus[]; to: MembershipStatus }
> = {
  accept: { by: "organization", from: ["invited"], to: "active" },
  decline: { by: "organization", from: ["invited"], to: "declined" },
  leave: { by: "organization", from: ["active", "suspended", "applied"], to: "left" },
  admit: { by: "convener", from: ["applied"], to: "active" },
  reject: { by: "convener", from: ["applied"], to: "rejected" },
  suspend: { by: "convener", from: ["active"], to: "suspended" },
  reinstate: { by: "convener", from: ["suspended"], to: "active" },
  remove: { by: "convener", from: ["active", "suspended", "invited"], to: "removed" },
};

/**
 * The life of a membership. Every change locks the coalition row, so the last convener
 * cannot leave, be removed or step down while another change is under way.
 */
export function createMembershipService(deps: {
  database: Database;
  repo: CoalitionsRepo;
  organizationsRepo: OrganizationsRepo;
  coalitions: CoalitionsService;
  proposalsRepo: ProposalsRepo;
  clock: Clock;
  notifications: NotificationsService;
}) {
  const { database, repo, organizationsRepo, coalitions, proposalsRepo, clock, notifications } =
    deps;

  /** The rules the charter in force sets for membership decisions; null: the convener decides. */
  async function admissionRules(tx: Tx, coalitionId: string) {
    const locked = await repo.findById(coalitionId, tx);
    const charter = await repo.charter(coalitionId, locked?.charterVersion ?? 0, tx);
    return charter ? rulesFromCharter(charter.charter.decisionRules.admission) : null;
  }

  async function requireManager(actor: Actor, organizationId: string) {
    const role = await organizationsRepo.roleOf(organizationId, actor.userId);
    if (!role || !managerRoles.includes(role)) {
      throw new Forbidden("Only owners and admins of the organisation may do this for it.");
    }
  }

  /** Convener rights are re-read under the coalition lock, not trusted from before it. */
  async function requireConvener(tx: Tx, actor: Actor, coalitionId: string) {
    if (!(await repo.representsConvener(coalitionId, actor.userId, tx))) {
      throw new Forbidden("Only a representative of the convening organisation may do this.");
    }
  }

  async function keepOneConvener(
    tx: Tx,
    coalitionId: string,
    current: { role: CoalitionRole; status: MembershipStatus },
  ) {
    if (current.role !== "convener" || current.status !== "active") return;
    if ((await repo.activeConvenerCount(tx, coalitionId)) <= 1) {
      throw new Conflict(
        "The last convener cannot leave, be removed or step down: hand over to another member first.",
      );
    }
  }

  return {
    async invite(
      actor: Actor,
      coalitionId: string,
      input: z.output<typeof CoalitionInvitationInput>,
    ) {
      const s = await coalitions.standing(actor, coalitionId);
      const org = await organizationsRepo.findById(input.organizationId);
      if (!org) throw new NotFound("No such organisation.");
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        await requireConvener(tx, actor, coalitionId);
        const current = await repo.member(coalitionId, input.organizationId, tx);
        if (current && (insideStatuses.includes(current.status) || current.status === "invited")) {
          throw new Conflict("This organisation is already a member or invited.");
        }
        await repo.upsertMember(tx, {
          coalitionId,
          organizationId: input.organizationId,
          role: input.role,
          status: "invited",
          actedBy: actor.userId,
        });
        await notifications.notify(
          tx,
          { managersOf: input.organizationId },
          {
            kind: "coalition_invitation",
            coalitionId,
            data: { coalition: s.coalition.name, organization: org.name },
            link: `/coalitions/${coalitionId}`,
            key: `invited:${coalitionId}:${input.organizationId}:${clock.now().getTime()}`,
          },
          actor.userId,
        );
      });
      return coalitions.get(actor, coalitionId);
    },

    async apply(actor: Actor, coalitionId: string, input: z.output<typeof ApplicationInput>) {
      const s = await coalitions.standing(actor, coalitionId);
      await requireManager(actor, input.organizationId);
      const charter = await repo.charter(coalitionId, s.coalition.charterVersion);
      const questions = charter?.charter.applicationQuestions ?? [];
      const errors = [
        ...questions
          .filter((q) => !input.answers[q.key]?.trim())
          .map((q) => ({ field: `body.answers.${q.key}`, message: "needs an answer" })),
        ...Object.keys(input.answers)
          .filter((key) => !questions.some((q) => q.key === key))
          .map((key) => ({ field: `body.answers.${key}`, message: "is not a question" })),
      ];
      if (errors.length)
        throw new Invalid("The application does not answer the questions.", errors);
      const org = await organizationsRepo.findById(input.organizationId);
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        const current = await repo.member(coalitionId, input.organizationId, tx);
        if (current && [...insideStatuses, ...pendingStatuses].includes(current.status)) {
          throw new Conflict(
            current.status === "invited"
              ? "This organisation is invited: accept the invitation instead."
              : "This organisation is already a member or has applied.",
          );
        }
        await repo.upsertMember(tx, {
          coalitionId,
          organizationId: input.organizationId,
          role: "member",
          status: "applied",
          actedBy: actor.userId,
          answers: input.answers,
          namedPublicly: input.namedPublicly,
        });
        await repo.addRepresentative(tx, coalitionId, input.organizationId, actor.userId);
        // Under a charter that admits by decision, the application opens its own proposal.
        const rules = await admissionRules(tx, coalitionId);
        const now = clock.now();
        const proposalId = newId();
        const orgName = org?.name ?? "";
        await notifications.notify(
          tx,
          { coalitionId, statuses: ["active"], roles: ["convener", "co_lead"] },
          {
            kind: "application_received",
            coalitionId,
            data: { coalition: s.coalition.name, organization: orgName },
            link: rules ? `/proposals/${proposalId}` : `/coalitions/${coalitionId}/members`,
            key: `applied:${coalitionId}:${input.organizationId}:${now.getTime()}`,
          },
        );
        if (rules) {
          await proposalsRepo.insert(tx, {
            id: proposalId,
            coalitionId,
            subject: "admission",
            title: `Admission: ${orgName}`.slice(0, 200),
            body: null,
            rules,
            proposedCharter: null,
            targetOrganizationId: input.organizationId,
            closesAt: new Date(now.getTime() + admissionDecisionDays * 86_400_000),
            hiddenResults: false,
            anonymous: false,
            status: "open",
            openedFor: input.organizationId,
            openedBy: actor.userId,
            createdAt: now,
          });
          await notifications.notify(
            tx,
            { coalitionId, statuses: ["active"] },
            {
              kind: "proposal_opened",
              coalitionId,
              data: { coalition: s.coalition.name, title: `Admission: ${orgName}` },
              link: `/proposals/${proposalId}`,
              key: `proposal_opened:${proposalId}`,
            },
          );
        }
      });
      return coalitions.get(actor, coalitionId);
    },

    async act(actor: Actor, coalitionId: string, organizationId: string, action: MembershipAction) {
      await coalitions.standing(actor, coalitionId);
      const step = steps[action];
      if (step.by === "organization") await requireManager(actor, organizationId);
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        if (step.by === "convener") await requireConvener(tx, actor, coalitionId);
        const current = await repo.member(coalitionId, organizationId, tx);
        if (!current) throw new NotFound("This organisation has no membership here.");
        if (!step.from.includes(current.status)) {
          throw new Conflict(`A membership that is ${current.status} cannot be ${action}ed.`);
        }
        // Membership decisions follow the charter: where it asks for a decision, the convener
        // cannot admit, turn down or remove alone (withdrawing an invitation stays theirs).
        const decided =
          action === "admit" ||
          action === "reject" ||
          (action === "remove" && current.status !== "invited");
        if (decided && (await admissionRules(tx, coalitionId))) {
          throw new Conflict(
            action === "remove"
              ? "This charter removes members by a decision: put a removal proposal to the members."
              : "This charter admits members by a decision: the application has its own proposal.",
          );
        }
        if (step.to !== "active") await keepOneConvener(tx, coalitionId, current);
        await repo.updateMember(tx, coalitionId, organizationId, {
          status: step.to,
          actedBy: actor.userId,
          statusSince: new Date(),
        });
        if (action === "accept") {
          await repo.addRepresentative(tx, coalitionId, organizationId, actor.userId);
        }
      });
      return coalitions.get(actor, coalitionId);
    },

    async update(
      actor: Actor,
      coalitionId: string,
      organizationId: string,
      patch: z.output<typeof MemberPatch>,
    ) {
      await coalitions.standing(actor, coalitionId);
      if (patch.namedPublicly !== undefined) await requireManager(actor, organizationId);
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        const current = await repo.member(coalitionId, organizationId, tx);
        if (!current) throw new NotFound("This organisation has no membership here.");
        if (patch.role !== undefined && patch.role !== current.role) {
          await requireConvener(tx, actor, coalitionId);
          if (current.role === "convener") await keepOneConvener(tx, coalitionId, current);
        }
        await repo.updateMember(tx, coalitionId, organizationId, {
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.namedPublicly !== undefined ? { namedPublicly: patch.namedPublicly } : {}),
        });
      });
      return coalitions.get(actor, coalitionId);
    },

    async representatives(actor: Actor, coalitionId: string, organizationId: string) {
      const s = await coalitions.standing(actor, coalitionId);
      if (!s.memberships.some((m) => m.organizationId === organizationId)) {
        throw new Forbidden("Only the organisation's own people may see its representatives.");
      }
      return { userIds: await repo.representatives(coalitionId, organizationId) };
    },

    async setRepresentatives(
      actor: Actor,
      coalitionId: string,
      organizationId: string,
      userIds: string[],
    ) {
      await coalitions.standing(actor, coalitionId);
      await requireManager(actor, organizationId);
      const unique = [...new Set(userIds)];
      for (const userId of unique) {
        if (!(await organizationsRepo.roleOf(organizationId, userId))) {
          throw new Invalid("Representatives must be members of the organisation.", [
            { field: "body.userIds", message: `${userId} is not a member of the organisation` },
          ]);
        }
      }
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        if (!(await repo.member(coalitionId, organizationId, tx))) {
          throw new NotFound("This organisation has no membership here.");
        }
        await repo.setRepresentatives(tx, coalitionId, organizationId, unique);
      });
      return { userIds: unique };
    },
  };
}
export type MembershipService = ReturnType<typeof createMembershipService>;
