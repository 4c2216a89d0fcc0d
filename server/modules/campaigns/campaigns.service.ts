import type { z } from "zod";
import type {
  Campaign,
  CampaignInput,
  CampaignList,
  CampaignListQuery,
  CampaignPatch,
} from "../../../shared/campaigns/core.ts";
import {
  campaignPermissions,
  campaignStandingInCoalition,
  campaignStandingInOrganization,
  checkCampaign,
  speaksFor,
} from "../../../shared/policy/index.ts";
import type { Database, Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Clock } from "../../lib/clock.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import type { CampaignAccess, InCampaign } from "./campaign-access.ts";
import type { CampaignRow, CampaignsRepo } from "./campaigns.repo.ts";
import { changesBetween, patchOf, recordHistory } from "./history.ts";
import { createCampaignHistoryService } from "./campaign-history.service.ts";
import { createPublicCampaignService } from "./campaign-public.service.ts";
import {
  actingFor,
  createCampaignChange,
  organizationsTakingPart,
  partToChange,
} from "./campaign-part.ts";

const cursor = cursorFor(Keysets.instant);
const noSuchCampaign = "No such campaign.";
const noSuchCoalition = "No such coalition.";
const planFields = [
  "title",
  "problem",
  "theoryOfChange",
  "goal",
  "startsOn",
  "endsOn",
  "status",
  "issues",
  "fundMonitorOrganizationId",
  "fundMonitorUserId",
  "publishedParts",
  "coalitionId",
  "ownerOrganizationId",
] as const;

/** What the campaign itself is built from (its parts are built from CampaignPartDeps). */
export type CampaignsDeps = {
  database: Database;
  repo: CampaignsRepo;
  access: CampaignAccess;
  coalitions: Pick<CoalitionDirectory, "authorize" | "load" | "members">;
  proposals: Pick<ProposalDirectory, "find" | "titlesOf">;
  membershipsOf: MembershipsOf;
  names: Names;
  clock: Clock;
  taxonomies: Pick<TaxonomiesService, "unknownKeys">;
};

/**
 * The campaign itself: starting one, its plan and status; its history
 * (campaign-history.service.ts) and public summary (campaign-public.service.ts).
 */
export function createCampaignsService(deps: CampaignsDeps) {
  const { database, repo, access, coalitions, proposals, membershipsOf, names, clock } = deps;
  const change = createCampaignChange(deps);

  /** The issues a campaign is tagged with are the taxonomy's: later coalitions find it by them. */
  async function checkIssues(issues: readonly string[] | undefined) {
    if (!issues?.length) return;
    const unknown = await deps.taxonomies.unknownKeys("issue", issues);
    if (unknown.length) {
      throw new Invalid("Some issues are not in the taxonomy.", [
        { field: "body.issues", message: `unknown: ${unknown.join(", ")}` },
      ]);
    }
  }

  const organizationIdsOf = (row: CampaignRow, tx?: Tx) =>
    organizationsTakingPart(coalitions, row, tx);

  async function present(found: InCampaign): Promise<Campaign> {
    const row = found.campaign;
    const orgIds = await organizationIdsOf(row);
    const [orgNames, people, titles] = await Promise.all([
      names.organizations([
        ...orgIds,
        row.leadOrganizationId,
        ...(row.fundMonitorOrganizationId ? [row.fundMonitorOrganizationId] : []),
      ]),
      names.people([row.fundMonitorUserId]),
      row.proposalId ? proposals.titlesOf([row.proposalId]) : new Map<string, string>(),
    ]);
    const ref = (organizationId: string) => ({
      organizationId,
      name: orgNames.get(organizationId) ?? "",
    });
    const monitor = row.fundMonitorOrganizationId
      ? {
          kind: "organization" as const,
          id: row.fundMonitorOrganizationId,
          name: orgNames.get(row.fundMonitorOrganizationId) ?? "",
        }
      : row.fundMonitorUserId
        ? {
            kind: "person" as const,
            id: row.fundMonitorUserId,
            name: people.get(row.fundMonitorUserId) ?? "",
          }
        : null;
    return {
      id: row.id,
      coalition: found.inCoalition
        ? { id: found.inCoalition.coalition.id, name: found.inCoalition.coalition.name }
        : null,
      ownerOrganization: row.ownerOrganizationId ? ref(row.ownerOrganizationId) : null,
      leadOrganization: ref(row.leadOrganizationId),
      proposal: row.proposalId
        ? { id: row.proposalId, title: titles.get(row.proposalId) ?? "" }
        : null,
      title: row.title,
      problem: row.problem,
      theoryOfChange: row.theoryOfChange,
      goal: row.goal,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status: row.status,
      issues: row.issues,
      fundMonitor: monitor,
      publishedParts: row.publishedParts,
      organizations: orgIds.map(ref).sort((a, b) => a.name.localeCompare(b.name)),
      permissions: campaignPermissions(found.standing),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** An adopted proposal of the coalition: what a campaign may be started from. */
  async function adoptedProposal(coalitionId: string, proposalId: string, tx: Tx) {
    const proposal = await proposals.find(proposalId, tx);
    const outcome = (proposal?.result as { outcome?: string } | null)?.outcome;
    if (proposal?.coalitionId !== coalitionId) {
      throw new Invalid("The proposal is not one of this coalition's.", [
        { field: "body.proposalId", message: "is not a proposal of this coalition" },
      ]);
    }
    if (proposal.status !== "closed" || outcome !== "adopted") {
      throw new Invalid("A campaign starts from an adopted proposal.", [
        { field: "body.proposalId", message: "has not been adopted" },
      ]);
    }
    return proposal;
  }

  /** The fund monitor must take part: one of the campaign's organisations, or one of their people. */
  async function checkMonitor(
    row: CampaignRow,
    monitor: NonNullable<z.output<typeof CampaignPatch>["fundMonitor"]>,
    tx: Tx,
  ) {
    const orgIds = await organizationIdsOf(row, tx);
    const ok =
      monitor.kind === "organization"
        ? orgIds.includes(monitor.id)
        : (await membershipsOf(monitor.id, tx)).some((m) => orgIds.includes(m.organizationId));
    if (!ok) {
      throw new Invalid("The fund monitor must be one of the campaign's organisations or people.", [
        { field: "body.fundMonitor.id", message: "does not take part in this campaign" },
      ]);
    }
  }

  return {
    async create(actor: Actor, input: z.output<typeof CampaignInput>): Promise<Campaign> {
      // Not a createCampaignChange: there is no campaign yet to read a standing in, so the
      // coalition's (or the organisation's) standing decides who may start one.
      await checkIssues(input.issues);
      const id = newId();
      await database.db.transaction(async (tx) => {
        const facts = { leadOrganizationId: input.organizationId, fundMonitor: null };
        let fromProposal: { title: string; body: CampaignRow["problem"] } | null = null;
        if (input.coalitionId) {
          const inCoalition = await coalitions.authorize(
            actor,
            input.coalitionId,
            { unknown: noSuchCoalition, tx },
            "coalition.readInside",
          );
          const standing = campaignStandingInCoalition(inCoalition.standing, facts);
          enforce(
            checkCampaign(standing, "campaign.start", { organizationId: input.organizationId }),
            noSuchCoalition,
          );
          if (input.proposalId) {
            fromProposal = await adoptedProposal(input.coalitionId, input.proposalId, tx);
          }
        } else {
          const roles = await membershipsOf(actor.userId, tx);
          const role = roles.find((r) => r.organizationId === input.organizationId)?.role ?? null;
          if (!role)
            throw new Forbidden("Only the organisation's own people start a campaign for it.");
          const standing = campaignStandingInOrganization(
            { userId: actor.userId, platformAdmin: actor.isPlatformAdmin },
            input.organizationId,
            role,
            facts,
          );
          enforce(
            checkCampaign(standing, "campaign.start", { organizationId: input.organizationId }),
            noSuchCampaign,
          );
        }
        const title =
          input.title ??
          (fromProposal ? { original: "en", texts: { en: fromProposal.title } } : null);
        if (!title) {
          throw new Invalid("A campaign needs a title.", [
            {
              field: "body.title",
              message: "is required unless the campaign starts from a proposal",
            },
          ]);
        }
        const at = clock.now();
        const row = {
          id,
          coalitionId: input.coalitionId ?? null,
          ownerOrganizationId: input.coalitionId ? null : input.organizationId,
          leadOrganizationId: input.organizationId,
          proposalId: input.proposalId ?? null,
          title,
          problem: input.problem ?? fromProposal?.body ?? null,
          theoryOfChange: input.theoryOfChange ?? null,
          goal: input.goal ?? null,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          status: "planning" as const,
          issues: input.issues ?? [],
          publishedParts: null,
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        };
        await repo.insert(tx, row);
        await recordHistory(tx, {
          campaignId: id,
          entity: "campaign",
          entityId: id,
          action: "created",
          changes: changesBetween<CampaignRow>(null, row, planFields),
          changedBy: actor.userId,
          changedFor: input.organizationId,
          changedAt: at,
        });
      });
      const found = await access.authorize(actor, id, {}, "campaign.read");
      return present(found);
    },

    async list(
      actor: Actor | null,
      query: z.output<typeof CampaignListQuery>,
    ): Promise<z.infer<typeof CampaignList>> {
      const after = cursor.decode(query.cursor);
      let owner: { coalitionId: string } | { organizationId: string };
      if (query.coalitionId) {
        await coalitions.authorize(
          actor,
          query.coalitionId,
          { unknown: noSuchCoalition },
          "coalition.readInside",
        );
        owner = { coalitionId: query.coalitionId };
      } else if (query.organizationId) {
        const roles = actor ? await membershipsOf(actor.userId) : [];
        if (!roles.some((r) => r.organizationId === query.organizationId)) {
          throw new NotFound("No such organisation.");
        }
        owner = { organizationId: query.organizationId };
      } else {
        throw new Invalid("Say whose campaigns to list.", [
          { field: "querystring.coalitionId", message: "or organizationId is required" },
        ]);
      }
      const rows = await repo.list(owner, query, after, query.limit + 1);
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.createdAt.toISOString(),
        id: r.id,
      }));
      const orgNames = await names.organizations(items.map((r) => r.leadOrganizationId));
      const coalitionName =
        "coalitionId" in owner
          ? ((await coalitions.load(actor, owner.coalitionId))?.coalition.name ?? "")
          : "";
      return {
        items: items.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
          leadOrganization: {
            organizationId: r.leadOrganizationId,
            name: orgNames.get(r.leadOrganizationId) ?? "",
          },
          coalition: r.coalitionId ? { id: r.coalitionId, name: coalitionName } : null,
        })),
        nextCursor,
      };
    },

    async get(actor: Actor | null, id: string): Promise<Campaign> {
      return present(await access.authorize(actor, id, {}, "campaign.read"));
    },

    async update(actor: Actor, id: string, patch: z.output<typeof CampaignPatch>) {
      await checkIssues(patch.issues);
      const part = partToChange({
        entity: "campaign",
        entityId: id,
        unknown: noSuchCampaign,
        check: ["campaign.run"],
        lock: (tx: Tx) => repo.lock(tx, id),
      });
      await change(actor, id, part, async ({ tx, found, row, at, keep }) => {
        const next = patchOf<CampaignRow>(patch, [
          "title",
          "problem",
          "theoryOfChange",
          "goal",
          "startsOn",
          "endsOn",
          "status",
          "issues",
          "publishedParts",
        ]);
        const startsOn = next.startsOn !== undefined ? next.startsOn : row.startsOn;
        const endsOn = next.endsOn !== undefined ? next.endsOn : row.endsOn;
        if (startsOn && endsOn && endsOn < startsOn) {
          throw new Invalid("The campaign cannot end before it starts.", [
            { field: "body.endsOn", message: "must not be before the start" },
          ]);
        }
        if (patch.fundMonitor !== undefined) {
          if (patch.fundMonitor) await checkMonitor(row, patch.fundMonitor, tx);
          next.fundMonitorOrganizationId =
            patch.fundMonitor?.kind === "organization" ? patch.fundMonitor.id : null;
          next.fundMonitorUserId =
            patch.fundMonitor?.kind === "person" ? patch.fundMonitor.id : null;
        }
        if (patch.coalitionId !== undefined && patch.coalitionId !== row.coalitionId) {
          if (row.coalitionId) {
            throw new Invalid("A coalition's campaign stays in its coalition.", [
              { field: "body.coalitionId", message: "the campaign already belongs to a coalition" },
            ]);
          }
          const inCoalition = await coalitions.authorize(
            actor,
            patch.coalitionId,
            { unknown: noSuchCoalition, tx },
            "coalition.readInside",
          );
          if (!speaksFor(inCoalition.standing).includes(row.ownerOrganizationId ?? "")) {
            throw new Forbidden(
              "Only a representative of the owner organisation in that coalition may bring the campaign into it.",
            );
          }
          next.coalitionId = patch.coalitionId;
          next.ownerOrganizationId = null;
        }
        const changes = changesBetween(row, { ...row, ...next }, planFields);
        if (!Object.keys(changes).length) return;
        await repo.update(tx, id, { ...next, updatedAt: at });
        await keep({ action: "updated", changes, changedFor: actingFor(found) });
      });
      return present(await access.authorize(actor, id, {}, "campaign.read"));
    },

    ...createCampaignHistoryService(deps),
    ...createPublicCampaignService(deps),
  };
}
export type CampaignsService = ReturnType<typeof createCampaignsService>;
