import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses as errors } from "../../../shared/problem.ts";
import { Statistics, StatisticsQuery } from "../../../shared/records/statistics-api.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { StatisticsService } from "./statistics.service.ts";

export function registerStatisticsRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; recordStatistics: StatisticsService },
) {
  const { actors, recordStatistics } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["records"];
  const description =
    "Incidents the viewer reads in full whose owners consented to statistics. Cells from 1 to k − 1 are hidden, and others with them so that no total gives them away.";

  r.get(
    "/api/v1/records/statistics",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Counts of incidents by month, country or area and violation type",
        description,
        querystring: StatisticsQuery,
        response: { 200: Statistics, ...errors },
      },
    },
    async (request) => recordStatistics.table(await actors.optional(request), request.query),
  );

  r.get(
    "/api/v1/records/statistics.csv",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The same counts as CSV (a hidden cell says “suppressed”)",
        description,
        querystring: StatisticsQuery,
        response: {
          200: { description: "Counts as CSV", content: { "text/csv": { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const body = await recordStatistics.csv(await actors.optional(request), request.query);
      return reply
        .type("text/csv; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .header("content-disposition", 'attachment; filename="incident-statistics.csv"')
        .send(body);
    },
  );
}
