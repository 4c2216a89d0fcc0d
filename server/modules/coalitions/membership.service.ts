import type { z } from "zod";
import type {
  ApplicationInput,
  CoalitionInvitationInput,
  CoalitionRole,
  MemberPatch,
  MembershipAction,
  MembershipStatus,
} from "../../../shared/coalitions.ts";
import type { OrgRole } from "../../../shared/organizations.ts";
import {
  type ProfileFacts,
  canOnOrganization,
  decidedByCharter,
  insideStatuses,
  membershipSteps,
  pendingStatuses,
  stepApplies,
} from "../../../shared/policy/index.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionPresenter } from "./coalitions.presenter.ts";
import type { CoalitionsRepo } from "./coalitions.repo.ts";
import type { InCoalition, StandingReader } from "./standing.ts";

/** How long the members have to decide on an application, when the charter asks for a decision. */
const admissionDecisionDays = 7;

/** What membership needs to know of organisations, from the organisations module. */
export type OrganizationFacts = {
  find(id: string): Promise<(ProfileFacts & { name: string }) | undefined>;
  roleOf(organizationId: string, userId: string): Promise<OrgRole | null>;
};

const orgSteps: Partial<Record<MembershipAction, "membership.answer" | "membership.leave">> = {
  accept: "membership.answer",
  decline: "membership.answer",
  leave: "membership.leave",
};

/**
 * The life of a membership. Every change locks the coalition row and re-reads the actor's
 * standing under it, so the last convener cannot leave, be removed or step down while
 * another change is under way, and a right taken away a moment ago is not used.
 */
export function createMembershipService(deps: {
  database: Database;
  repo: CoalitionsRepo;
  standing: StandingReader;
  presenter: CoalitionPresenter;
  organizations: OrganizationFacts;
  events: Emit;
  clock: Clock;
}) {
  const { database, repo, standing, presenter, organizations, events, clock } = deps;
  const noSuch = { unknown: "No such coalition." };

  const show = async (actor: Actor, coalitionId: string) =>
    presenter.present(await standing.authorize(actor, coalitionId, noSuch, "coalition.read"));

  /** The charter in force asks for a decision on membership (rather than the convener's word). */
  async function admitsByDecision(tx: Tx, coalitionId: string) {
    const charter = await repo.charterInForce(coalitionId, tx);
    return !!charter && charter.decisionRules.admission.method !== "convener";
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

  /** An organisation the actor may know of; a hidden one is refused exactly like an unknown id. */
  async function visibleOrganization(actor: Actor, organizationId: string) {
    const org = await organizations.find(organizationId);
    const role = org ? await organizations.roleOf(organizationId, actor.userId) : null;
    const viewer = { signedIn: true, platformAdmin: actor.isPlatformAdmin, role };
    if (!org || !canOnOrganization(viewer, org, "organization.read")) {
      throw new NotFound("No such organisation.");
    }
    return org;
  }

  const inCoalition = (found: InCoalition) => ({
    coalitionId: found.coalition.id,
    coalitionName: found.coalition.name,
  });

  return {
    async invite(
      actor: Actor,
      coalitionId: string,
      input: z.output<typeof CoalitionInvitationInput>,
    ) {
      await standing.authorize(actor, coalitionId, noSuch, "membership.invite");
      const org = await visibleOrganization(actor, input.organizationId);
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        const found = await standing.authorize(
          actor,
          coalitionId,
          { ...noSuch, tx },
          "membership.invite",
        );
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
          namedPublicly: input.namedPublicly ?? found.coalition.visibility !== "secret",
        });
        await events.emit(tx, "member.invited", {
          ...inCoalition(found),
          organizationId: input.organizationId,
          organizationName: org.name,
          byUserId: actor.userId,
        });
      });
      return show(actor, coalitionId);
    },

    async apply(actor: Actor, coalitionId: string, input: z.output<typeof ApplicationInput>) {
      const { organizationId } = input;
      const found = await standing.authorize(actor, coalitionId, noSuch, "membership.apply", {
        organizationId,
      });
      const charter = await repo.charterInForce(coalitionId);
      const questions = charter?.applicationQuestions ?? [];
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
      const org = await organizations.find(organizationId);
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        const current = await repo.member(coalitionId, organizationId, tx);
        if (current && [...insideStatuses, ...pendingStatuses].includes(current.status)) {
          throw new Conflict(
            current.status === "invited"
              ? "This organisation is invited: accept the invitation instead."
              : "This organisation is already a member or has applied.",
          );
        }
        await repo.upsertMember(tx, {
          coalitionId,
          organizationId,
          role: "member",
          status: "applied",
          actedBy: actor.userId,
          answers: input.answers,
          namedPublicly: input.namedPublicly ?? found.coalition.visibility !== "secret",
        });
        await repo.addRepresentative(tx, coalitionId, organizationId, actor.userId);
        const now = clock.now();
        await events.emit(tx, "member.applied", {
          ...inCoalition(found),
          organizationId,
          organizationName: org?.name ?? "",
          byUserId: actor.userId,
          admission: (await admitsByDecision(tx, coalitionId))
            ? {
                proposalId: newId(),
                closesAt: new Date(now.getTime() + admissionDecisionDays * 86_400_000),
              }
            : null,
        });
      });
      return show(actor, coalitionId);
    },

    async act(
      actor: Actor,
      coalitionId: string,
      organizationId: string,
      action: MembershipAction,
      input: { namedPublicly?: boolean | undefined } = {},
    ) {
      const step = membershipSteps[action];
      const orgStep = orgSteps[action];
      if (input.namedPublicly !== undefined && action !== "accept") {
        throw new Invalid("Only accepting an invitation chooses whether to be named.", [
          { field: "body.namedPublicly", message: "goes with accept only" },
        ]);
      }
      if (orgStep) {
        await standing.authorize(actor, coalitionId, noSuch, orgStep, { organizationId });
      } else {
        await standing.authorize(actor, coalitionId, noSuch, "coalition.read");
      }
      const org = orgStep ? await organizations.find(organizationId) : undefined;
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        const under = { ...noSuch, tx };
        const found = orgStep
          ? await standing.authorize(actor, coalitionId, under, orgStep, { organizationId })
          : await standing.authorize(actor, coalitionId, under, "membership.decide");
        const current = await repo.member(coalitionId, organizationId, tx);
        if (!current) throw new NotFound("This organisation has no membership here.");
        if (!stepApplies(action, current.status)) {
          throw new Conflict(`A membership that is ${current.status} cannot be ${action}ed.`);
        }
        if (decidedByCharter(action, current.status) && (await admitsByDecision(tx, coalitionId))) {
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
          statusSince: clock.now(),
          ...(input.namedPublicly !== undefined ? { namedPublicly: input.namedPublicly } : {}),
        });
        if (action === "accept") {
          await repo.addRepresentative(tx, coalitionId, organizationId, actor.userId);
        }
        const told = {
          accept: "member.accepted",
          decline: "member.declined",
          leave: "member.left",
        } as const;
        if (action === "accept" || action === "decline" || action === "leave") {
          await events.emit(tx, told[action], {
            ...inCoalition(found),
            organizationId,
            organizationName: org?.name ?? "",
            byUserId: actor.userId,
          });
        }
      });
      return show(actor, coalitionId);
    },

    async update(
      actor: Actor,
      coalitionId: string,
      organizationId: string,
      patch: z.output<typeof MemberPatch>,
    ) {
      if (patch.namedPublicly !== undefined) {
        await standing.authorize(actor, coalitionId, noSuch, "membership.name", { organizationId });
      } else {
        await standing.authorize(actor, coalitionId, noSuch, "coalition.read");
      }
      await database.db.transaction(async (tx) => {
        await repo.lock(tx, coalitionId);
        const current = await repo.member(coalitionId, organizationId, tx);
        if (!current) throw new NotFound("This organisation has no membership here.");
        if (patch.role !== undefined && patch.role !== current.role) {
          await standing.authorize(actor, coalitionId, { ...noSuch, tx }, "membership.decide");
          if (current.role === "convener") await keepOneConvener(tx, coalitionId, current);
        }
        await repo.updateMember(tx, coalitionId, organizationId, {
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.namedPublicly !== undefined ? { namedPublicly: patch.namedPublicly } : {}),
        });
      });
      return show(actor, coalitionId);
    },

    async representatives(actor: Actor, coalitionId: string, organizationId: string) {
      await standing.authorize(actor, coalitionId, noSuch, "representatives.read", {
        organizationId,
      });
      return { userIds: await repo.representatives(coalitionId, organizationId) };
    },

    async setRepresentatives(
      actor: Actor,
      coalitionId: string,
      organizationId: string,
      userIds: string[],
    ) {
      await standing.authorize(actor, coalitionId, noSuch, "representatives.set", {
        organizationId,
      });
      const unique = [...new Set(userIds)];
      for (const userId of unique) {
        if (!(await organizations.roleOf(organizationId, userId))) {
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
