import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { DirectoryQuery, DirectoryResult } from "../../../shared/directory.ts";
import { Problem } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { DirectoryService } from "./directory.service.ts";

export function registerDirectoryRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; directory: DirectoryService },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/directory",
    {
      config: { access: "optional" },
      schema: {
        tags: ["directory"],
        summary: "Search organisations by text and facets, with counts for every facet",
        querystring: DirectoryQuery,
        response: { 200: DirectoryResult, 400: Problem, 422: Problem },
      },
    },
    async (request) => deps.directory.search(await deps.actors.optional(request), request.query),
  );
}
