import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import { createDiscussionsRepo } from "./discussions.repo.ts";
import { registerDiscussionRoutes } from "./discussions.routes.ts";
import { createDiscussionsService } from "./discussions.service.ts";

/** Discussion threads, concerns and comments inside a coalition and on its proposals. */
export function create(deps: {
  database: Database;
  clock: Clock;
  events: DomainEventBus;
  coalitions: CoalitionDirectory;
  proposals: ProposalDirectory;
  names: Names;
}) {
  return {
    discussions: createDiscussionsService({
      ...deps,
      repo: createDiscussionsRepo(deps.database.db),
    }),
  };
}
export type DiscussionsModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: DiscussionsModule & { actors: ActorResolver },
) {
  registerDiscussionRoutes(app, services);
}
