import type { FastifyInstance } from "fastify";
import type { Database, Tx } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ActionItemDirectory } from "../meetings/meetings.module.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import type { ProposalsService } from "../proposals/proposals.service.ts";
import { createFrontingService } from "./fronting.service.ts";
import { createRiskDecisions } from "./risk-decisions.service.ts";
import { createRiskGate } from "./risk-gate.ts";
import { createRiskRegister } from "./risk-register.service.ts";
import { createRiskRepo } from "./risk.repo.ts";
import { registerRiskRoutes } from "./risk.routes.ts";
import { type CampaignFacts, createRiskService } from "./risk.service.ts";

/**
 * Joint risk assessment and who fronts (issue 13): the assessments and their heat map, each
 * organisation's private answers, the register of mitigations, the fronting advice, the
 * proposal that decides an assessed action, and the gate that holds it back until then.
 */
export function createRisk(deps: {
  database: Database;
  clock: Clock;
  events: DomainEventBus;
  coalitions: CoalitionDirectory;
  proposals: Pick<ProposalsService, "create">;
  proposalDirectory: Pick<ProposalDirectory, "find">;
  campaigns: CampaignFacts;
  organizations: Pick<OrganizationDirectory, "profilesOf" | "summaries">;
  actionItems: ActionItemDirectory;
  names: Names;
}) {
  const { database, clock, events, coalitions, names } = deps;
  const repo = createRiskRepo(database.db);
  const riskRegister = createRiskRegister({
    database,
    repo,
    coalitions,
    actionItems: deps.actionItems,
    names,
    clock,
    events,
  });
  const riskGate = createRiskGate({ charterInForce: coalitions.charterInForce });
  return {
    risk: createRiskService({
      database,
      repo,
      coalitions,
      campaigns: deps.campaigns,
      names,
      clock,
      events,
      register: riskRegister,
    }),
    riskRegister,
    riskDecisions: createRiskDecisions({
      repo,
      coalitions,
      proposals: deps.proposals,
      proposalDirectory: deps.proposalDirectory,
      events,
      names,
    }),
    fronting: createFrontingService({ repo, coalitions, organizations: deps.organizations }),
    riskGate,
    /** What the workplan asks before an activity starts. */
    activityGate: (tx: Tx, activityId: string) => riskGate.require(tx, "activity", activityId),
  };
}
export type RiskModule = ReturnType<typeof createRisk>;

/** As app.ts registers every module. */
export const create = createRisk;
export function register(app: FastifyInstance, services: RiskModule & { actors: ActorResolver }) {
  registerRiskRoutes(app, services);
}
