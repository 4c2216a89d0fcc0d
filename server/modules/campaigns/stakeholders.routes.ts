import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { StakeholdersService } from "./stakeholders.service.ts";

export function registerStakeholdersRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; stakeholders: StakeholdersService },
) {
  void app;
  void deps;
}
