import type { FastifyInstance } from "fastify";
import type { Database, Tx } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { ActionItemsService } from "../meetings/action-items.service.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { createCampaignAccess } from "./campaign-access.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import { createCampaignsRepo } from "./campaigns.repo.ts";
import { registerCampaignRoutes } from "./campaigns.routes.ts";
import { createCampaignsService } from "./campaigns.service.ts";
import { createDashboardService } from "./dashboard.service.ts";
import { registerDashboardRoutes } from "./dashboard.routes.ts";
import { createMessagesService } from "./messages.service.ts";
import { registerMessagesRoutes } from "./messages.routes.ts";
import { createObjectivesService } from "./objectives.service.ts";
import { registerObjectivesRoutes } from "./objectives.routes.ts";
import { createOutcomesService } from "./outcomes.service.ts";
import { registerOutcomesRoutes } from "./outcomes.routes.ts";
import { createResourcesService } from "./resources.service.ts";
import { registerResourcesRoutes } from "./resources.routes.ts";
import { createStakeholdersService } from "./stakeholders.service.ts";
import { registerStakeholdersRoutes } from "./stakeholders.routes.ts";
import { type ActivityGate, createWorkplanService } from "./workplan.service.ts";
import { createWorkplanRepo } from "./workplan.repo.ts";
import { registerWorkplanRoutes } from "./workplan.routes.ts";

/**
 * Joint campaigns: the plan, SMART objectives, stakeholders and the power map, the workplan,
 * messages and stories, resources, outcomes, the dashboard and the history. Every access
 * decision is the campaign policy's (shared/policy/campaign.ts), read through `access`.
 */
export function create(deps: {
  database: Database;
  clock: Clock;
  events: DomainEventBus;
  coalitions: CoalitionDirectory;
  proposals: Pick<ProposalDirectory, "find" | "titlesOf">;
  membershipsOf: MembershipsOf;
  names: Names;
  actionItems: ActionItemsService;
  /** Campaigns and their reviews are tagged by issue terms of the vocabularies. */
  taxonomies: Pick<TaxonomiesService, "unknownKeys">;
  /** Refuses to start an activity whose risk assessment awaits a decision (409). */
  activityGate?: ActivityGate;
}) {
  const { database, clock, events, coalitions, proposals, membershipsOf, names } = deps;
  const repo = createCampaignsRepo(database.db);
  const workplanRepo = createWorkplanRepo(database.db);
  const access = createCampaignAccess({ repo, coalitions, membershipsOf });
  const part: CampaignPartDeps = {
    database,
    access,
    campaigns: repo,
    coalitions,
    membershipsOf,
    names,
    clock,
    events,
    actionItems: deps.actionItems,
  };
  return {
    campaigns: createCampaignsService({
      database,
      repo,
      access,
      coalitions,
      proposals,
      membershipsOf,
      names,
      clock,
      taxonomies: deps.taxonomies,
    }),
    objectives: createObjectivesService(part),
    stakeholders: createStakeholdersService(part),
    workplan: createWorkplanService(
      deps.activityGate ? { ...part, activityGate: deps.activityGate } : part,
    ),
    messages: createMessagesService(part),
    resources: createResourcesService(part),
    outcomes: createOutcomesService({ ...part, taxonomies: deps.taxonomies }),
    dashboard: createDashboardService(part),
    campaignAccess: access,
    /** What other modules may ask of campaigns: a campaign or activity, and who leads it. */
    campaignDirectory: {
      async campaign(id: string, tx?: Tx) {
        const row = await repo.findById(id, tx);
        return row && { coalitionId: row.coalitionId, leadOrganizationId: row.leadOrganizationId };
      },
      async activity(id: string, tx?: Tx) {
        const row = await workplanRepo.find(id, tx);
        return row && { campaignId: row.campaignId, title: row.title };
      },
    },
  };
}
export type CampaignsModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: CampaignsModule & { actors: ActorResolver },
) {
  registerCampaignRoutes(app, services);
  registerObjectivesRoutes(app, services);
  registerStakeholdersRoutes(app, services);
  registerWorkplanRoutes(app, services);
  registerMessagesRoutes(app, services);
  registerResourcesRoutes(app, services);
  registerOutcomesRoutes(app, services);
  registerDashboardRoutes(app, services);
}
