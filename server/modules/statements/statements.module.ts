import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { RiskGate } from "./risk-gate.ts";
import { createStatementInvitationsService } from "./statement-invitations.service.ts";
import { createStatementPublicService } from "./statement-public.service.ts";
import { createStatementsRepo } from "./statements.repo.ts";
import { registerStatementRoutes } from "./statements.routes.ts";
import { type StatementsDeps, createStatementsService } from "./statements.service.ts";

/**
 * Joint statements of a coalition: drafting in versions, sign-on by member organisations
 * (and outside ones by invitation), publishing with a public page and feed.
 */
export function create(deps: {
  database: Database;
  clock: Clock;
  events: DomainEventBus;
  coalitions: CoalitionDirectory;
  membershipsOf: MembershipsOf;
  names: Names;
  publicUrl: string;
  campaignOf: StatementsDeps["campaignOf"];
  openThread: StatementsDeps["openThread"];
  riskGate: Pick<RiskGate, "require">;
}) {
  const { database, clock, events, coalitions, names, publicUrl } = deps;
  const repo = createStatementsRepo(database.db);
  const statements = createStatementsService({
    database,
    repo,
    coalitions,
    names,
    clock,
    events,
    campaignOf: deps.campaignOf,
    openThread: deps.openThread,
    riskGate: deps.riskGate,
    assessmentOf: repo.assessmentOf,
    publicUrl,
  });
  return {
    statements,
    statementInvitations: createStatementInvitationsService({
      database,
      repo,
      statements,
      coalitions,
      membershipsOf: deps.membershipsOf,
      names,
      clock,
    }),
    statementPublic: createStatementPublicService({ repo, coalitions, names, publicUrl }),
  };
}
export type StatementsModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: StatementsModule & { actors: ActorResolver },
) {
  registerStatementRoutes(app, services);
}
