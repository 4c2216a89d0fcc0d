import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses as errors } from "../../../shared/problem.ts";
import {
  ConfidentialCountsInput,
  ConfidentialCountsView,
  Statistics,
  StatisticsQuery,
} from "../../../shared/records/statistics-api.ts";
import { IdParams } from "../../../shared/problem.ts";
import type { ConfidentialCounts } from "./confidential-counts.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { StatisticsService } from "./statistics.service.ts";

export function registerStatisticsRoutes(
  app: FastifyInstance,
  deps: {
    actors: ActorResolver;
    recordStatistics: StatisticsService;
    confidentialCounts: ConfidentialCounts;
  },
) {
  const { actors, recordStatistics, confidentialCounts } = deps;
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

  const countsUrl = "/api/v1/organizations/:id/records/confidential-counts";
  r.get(
    countsUrl,
    {
      schema: {
        tags,
        summary: "What the organisation contributed of its confidential incidents' counts",
        params: IdParams,
        response: { 200: ConfidentialCountsView, ...errors },
      },
    },
    async (request) => confidentialCounts.get(await actors.required(request), request.params.id),
  );

  r.put(
    countsUrl,
    {
      bodyLimit: 1024 * 1024,
      schema: {
        tags,
        summary: "Contribute counts of your confidential incidents, computed in your browser",
        description:
          "The server cannot count confidential records: the owner's browser counts those whose consent to statistics stands, by month, country, area and violation type, and sends only the counts. They replace the last contribution, and statistics add them for the audience chosen (the organisation's own people by default). Owners and admins; audited.",
        params: IdParams,
        body: ConfidentialCountsInput,
        response: { 200: ConfidentialCountsView, ...errors },
      },
    },
    async (request) =>
      confidentialCounts.contribute(
        await actors.required(request),
        request.params.id,
        request.body,
      ),
  );
}
