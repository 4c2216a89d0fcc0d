import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Network, NetworkQuery } from "../../../shared/discovery.ts";
import { problemResponses } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { NetworkService } from "./network.service.ts";

export function registerNetworkRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; network: NetworkService },
) {
  const { actors, network } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/discovery/network",
    {
      schema: {
        tags: ["discovery"],
        summary: "Organisations linked by the coalitions they share, with bridges marked",
        querystring: NetworkQuery,
        response: { 200: Network, ...problemResponses },
      },
    },
    async (request) => network.network(await actors.required(request), request.query),
  );
}
