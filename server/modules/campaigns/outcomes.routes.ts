import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { OutcomesService } from "./outcomes.service.ts";

export function registerOutcomesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; outcomes: OutcomesService },
) {
  void app;
  void deps;
}
