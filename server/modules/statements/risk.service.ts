import type { z } from "zod";
import { can, speaksFor } from "../../../shared/policy/index.ts";
import type {
  RiskAssessment,
  RiskAssessmentInput,
  RiskAssessmentList,
  RiskResponseInput,
  RiskSubjectKind,
} from "../../../shared/risk/api.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory, InCoalition } from "../coalitions/coalitions.module.ts";
import { mitigationsNeeded, plainTitle, summarize } from "./risk.presenter.ts";
import type { AssessmentRow, RiskRepo } from "./risk.repo.ts";
import type { RiskRegister } from "./risk-register.service.ts";

export const noSuchAssessment = "No such risk assessment.";
const noSuchCoalition = "No such coalition.";

/** What the campaigns module tells of a campaign and of an activity of its workplan. */
export type CampaignFacts = {
  campaign(
    id: string,
    tx?: Tx,
  ): Promise<{ coalitionId: string | null; leadOrganizationId: string } | undefined>;
  activity(id: string, tx?: Tx): Promise<{ campaignId: string; title: LocalizedText } | undefined>;
};

export type RiskDeps = {
  database: Database;
  repo: RiskRepo;
  coalitions: Pick<
    CoalitionDirectory,
    "authorize" | "load" | "charterInForce" | "members" | "member" | "lockMembership"
  >;
  campaigns: CampaignFacts;
  names: Names;
  clock: Clock;
  events: Emit;
};

/**
 * Joint risk assessments: the convening side (or the lead of the campaign the action belongs
 * to) opens one for a public action; each member organisation answers for itself, privately;
 * everyone inside reads the heat map, which names only those that chose to be named. An
 * organisation's own answer is returned to its own representatives and to nobody else.
 */
export function createRiskService(deps: RiskDeps & { register: Pick<RiskRegister, "present"> }) {
  const { database, repo, coalitions, campaigns, names, clock, register, events } = deps;

  /** The assessment and the reader's standing; one they may not know of does not exist. */
  async function load(actor: Actor | null, id: string) {
    const row = await repo.findById(id);
    if (!row) throw new NotFound(noSuchAssessment);
    const inside = await coalitions.authorize(
      actor,
      row.coalitionId,
      { unknown: noSuchAssessment },
      "risk.read",
    );
    return { row, inside };
  }

  /** What is assessed: it must be the coalition's; its campaign's lead runs the assessment. */
  async function subjectOf(
    coalitionId: string,
    input: z.output<typeof RiskAssessmentInput>,
    tx?: Tx,
  ): Promise<{ title: string; leadOrganizationId: string | null }> {
    const refuse = (message: string): never => {
      throw new Invalid("The action assessed is not one of this coalition's.", [
        { field: "body.subjectId", message },
      ]);
    };
    const leadOf = async (campaignId: string | null) =>
      campaignId ? ((await campaigns.campaign(campaignId, tx)) ?? null) : null;
    if (input.subjectKind === "statement") {
      const statement = await repo.statement(input.subjectId ?? "", tx);
      if (statement?.coalitionId !== coalitionId) return refuse("is not a statement of it");
      const campaign = await leadOf(statement.campaignId);
      return {
        title: input.title ?? plainTitle(statement.title),
        leadOrganizationId: campaign?.leadOrganizationId ?? null,
      };
    }
    if (input.subjectKind === "activity") {
      const activity = await campaigns.activity(input.subjectId ?? "", tx);
      const campaign = await leadOf(activity?.campaignId ?? null);
      if (!activity || campaign?.coalitionId !== coalitionId) {
        return refuse("is not an activity of its campaigns");
      }
      return {
        title: input.title ?? plainTitle(activity.title),
        leadOrganizationId: campaign.leadOrganizationId,
      };
    }
    return { title: input.title ?? "", leadOrganizationId: null };
  }

  async function present(row: AssessmentRow, { standing }: InCoalition): Promise<RiskAssessment> {
    const [responses, ratings, charter, registered] = await Promise.all([
      repo.responses(row.id),
      repo.ratings(row.id),
      coalitions.charterInForce(row.coalitionId),
      register.present(row, standing),
    ]);
    const summary = await summarize(row, { responses, ratings }, charter, names);
    const lead = { leadOrganizationId: row.leadOrganizationId };

    // Who has not answered: the convening side's, and it says nothing of what anyone answered.
    let missing: { organizationId: string; name: string }[] | null = null;
    if (can(standing, "risk.readMissing", lead)) {
      const answered = new Set(responses.map((r) => r.organizationId));
      const active = await coalitions.members(row.coalitionId, { statuses: ["active"] });
      const ids = active.map((m) => m.organizationId).filter((o) => !answered.has(o));
      const orgNames = await names.organizations(ids);
      missing = ids
        .map((organizationId) => ({ organizationId, name: orgNames.get(organizationId) ?? "" }))
        .sort(
          (a, b) =>
            a.name.localeCompare(b.name) || a.organizationId.localeCompare(b.organizationId),
        );
    }

    // The viewer's own organisations' answers: only those it speaks for.
    const own = new Set(speaksFor(standing));
    const mineRows = responses.filter((r) => own.has(r.organizationId));
    const mineNames = await names.organizations(mineRows.map((r) => r.organizationId));
    const mine = mineRows.map((r) => ({
      organizationId: r.organizationId,
      name: mineNames.get(r.organizationId) ?? "",
      ratings: ratings
        .filter((x) => x.organizationId === r.organizationId)
        .map(({ category, likelihood, impact }) => ({ category, likelihood, impact })),
      mitigations: r.mitigations,
      shareByName: r.shareByName,
      answeredAt: r.answeredAt.toISOString(),
    }));

    return {
      ...summary,
      coalitionId: row.coalitionId,
      subjectKind: row.subjectKind,
      subjectId: row.subjectId,
      country: row.country,
      audienceLanguages: row.audienceLanguages,
      capacities: row.capacities,
      thresholds: charter?.riskThresholds ?? {},
      needsDecision: summary.overThreshold.length > 0 && !row.decidedByProposalId,
      mitigationsNeeded: mitigationsNeeded(responses),
      register: registered,
      missing,
      mine,
      permissions: {
        manage: can(standing, "risk.manage", lead),
        answerFor: [...own].filter((o) => can(standing, "risk.answer", { organizationId: o })),
        recommend: can(standing, "fronting.recommend", lead),
      },
      createdAt: row.createdAt.toISOString(),
    };
  }

  return {
    load,

    async create(
      actor: Actor,
      coalitionId: string,
      input: z.output<typeof RiskAssessmentInput>,
    ): Promise<RiskAssessment> {
      // Someone outside learns nothing, not even whether the subject is the coalition's.
      await coalitions.authorize(actor, coalitionId, { unknown: noSuchCoalition }, "risk.read");
      const id = newId();
      await database.db.transaction(async (tx) => {
        const subject = await subjectOf(coalitionId, input, tx);
        const inside = await coalitions.authorize(
          actor,
          coalitionId,
          { unknown: noSuchCoalition, tx },
          "risk.manage",
          { leadOrganizationId: subject.leadOrganizationId },
        );
        // One assessment per action: assessments of one coalition are opened one at a time.
        await coalitions.lockMembership(tx, coalitionId);
        if (input.subjectId) {
          const existing = await repo.forSubject(tx, input.subjectKind, input.subjectId);
          if (existing) throw new Conflict("This action already has a risk assessment.");
        }
        await repo.insert(tx, {
          id,
          coalitionId,
          subjectKind: input.subjectKind,
          subjectId: input.subjectId ?? null,
          title: subject.title,
          leadOrganizationId: subject.leadOrganizationId,
          country: input.country ?? null,
          audienceLanguages: [...new Set(input.audienceLanguages)],
          capacities: [...new Set(input.capacities)],
          decidedByProposalId: null,
          createdBy: actor.userId,
          createdAt: clock.now(),
        });
        await events.emit(tx, "risk.assessmentOpened", {
          coalitionId,
          coalitionName: inside.coalition.name,
          assessmentId: id,
          title: subject.title,
          byUserId: actor.userId,
        });
      });
      const { row, inside } = await load(actor, id);
      return present(row, inside);
    },

    async list(
      actor: Actor | null,
      coalitionId: string,
    ): Promise<z.infer<typeof RiskAssessmentList>> {
      await coalitions.authorize(actor, coalitionId, { unknown: noSuchCoalition }, "risk.read");
      const rows = await repo.listForCoalition(coalitionId);
      return {
        items: rows.map(({ assessment: a, answered }) => ({
          id: a.id,
          title: a.title,
          answered,
          decidedByProposalId: a.decidedByProposalId,
          subjectKind: a.subjectKind as RiskSubjectKind,
          subjectId: a.subjectId,
          createdAt: a.createdAt.toISOString(),
        })),
      };
    },

    async get(actor: Actor | null, id: string): Promise<RiskAssessment> {
      const { row, inside } = await load(actor, id);
      return present(row, inside);
    },

    /** Replaces the organisation's own answer whole: its ratings, mitigations and naming. */
    async answer(
      actor: Actor,
      id: string,
      organizationId: string,
      input: z.output<typeof RiskResponseInput>,
    ): Promise<RiskAssessment> {
      const { row } = await load(actor, id);
      await coalitions.authorize(
        actor,
        row.coalitionId,
        { unknown: noSuchAssessment },
        "risk.answer",
        { organizationId },
      );
      await database.db.transaction(async (tx) => {
        if (!(await repo.lock(tx, id))) throw new NotFound(noSuchAssessment);
        // The voice is checked again in the transaction that writes.
        await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchAssessment, tx },
          "risk.answer",
          { organizationId },
        );
        await repo.replaceResponse(
          tx,
          {
            assessmentId: id,
            organizationId,
            shareByName: input.shareByName,
            mitigations: [...new Set(input.mitigations)],
            answeredBy: actor.userId,
            answeredAt: clock.now(),
          },
          input.ratings,
        );
      });
      const fresh = await load(actor, id);
      return present(fresh.row, fresh.inside);
    },
  };
}
export type RiskService = ReturnType<typeof createRiskService>;
