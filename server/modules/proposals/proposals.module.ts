import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { NamesOf } from "../coalitions/coalitions.presenter.ts";
import { openAdmissionProposals } from "./admission.ts";
import { createProposalPresenter } from "./proposals.presenter.ts";
import { createProposalsRepo } from "./proposals.repo.ts";
import { registerProposalRoutes } from "./proposals.routes.ts";
import { createProposalsService } from "./proposals.service.ts";

/** Proposals and stances: how a coalition decides, one organisation one voice. */
export function create(deps: {
  database: Database;
  clock: Clock;
  events: DomainEventBus;
  coalitions: CoalitionDirectory;
  namesOf: NamesOf;
}) {
  const { database, clock, events, coalitions, namesOf } = deps;
  const repo = createProposalsRepo(database.db);
  const presenter = createProposalPresenter({ repo, coalitions, namesOf });
  openAdmissionProposals({ events, repo, coalitions, clock });
  return {
    proposals: createProposalsService({
      database,
      repo,
      presenter,
      coalitions,
      clock,
      events,
      namesOf,
    }),
    /** What other modules may ask of proposals. */
    proposalDirectory: {
      find: repo.findById,
      titlesOf: repo.titlesOf,
      coalitionsOf: repo.coalitionsOf,
    },
  };
}
export type ProposalsModule = ReturnType<typeof create>;
export type ProposalDirectory = ProposalsModule["proposalDirectory"];

export function register(
  app: FastifyInstance,
  services: Pick<ProposalsModule, "proposals"> & { actors: ActorResolver },
) {
  registerProposalRoutes(app, services);
}
