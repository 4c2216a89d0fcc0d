import type { FastifyInstance } from "fastify";
import type { Database, Tx } from "../../db/client.ts";
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
  const repo = createDiscussionsRepo(deps.database.db);
  return {
    discussions: createDiscussionsService({ ...deps, repo }),
    /** Opens a discussion thread for another part of the coalition (a statement's), in its transaction. */
    openThread: async (
      tx: Tx,
      row: { id: string; coalitionId: string; title: string; openedFor: string; openedBy: string },
    ) => {
      const at = deps.clock.now();
      await repo.insertThread(tx, {
        ...row,
        kind: "discussion",
        lastActivityAt: at,
        createdAt: at,
      });
    },
  };
}
export type DiscussionsModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: DiscussionsModule & { actors: ActorResolver },
) {
  registerDiscussionRoutes(app, services);
}
