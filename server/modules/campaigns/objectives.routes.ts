import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { ObjectivesService } from "./objectives.service.ts";

export function registerObjectivesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; objectives: ObjectivesService },
) {
  void app;
  void deps;
}
