import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  KumuImportInput,
  KumuImportReport,
  LinkInput,
  LinkParams,
  MoveInput,
  PowerMap,
  PowerMapQuery,
  Stakeholder,
  StakeholderInput,
  StakeholderLink,
  StakeholderList,
  StakeholderListQuery,
  StakeholderParams,
  StakeholderPatch,
} from "../../../shared/campaigns/stakeholders.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { StakeholdersService } from "./stakeholders.service.ts";

/** Both CSV texts at their longest, as JSON (quotes escaped, non-Latin letters in UTF-8), with room. */
const kumuBodyLimit = 12 * 1024 * 1024;

export function registerStakeholdersRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; stakeholders: StakeholdersService },
) {
  const { actors, stakeholders } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];
  const base = "/api/v1/campaigns/:id/stakeholders";
  // Links have their own path: under stakeholders/ a "links" segment would read as a stakeholder id.
  const linksBase = "/api/v1/campaigns/:id/stakeholder-links";
  const csv = (description: string) => ({
    200: { description, content: { "text/csv": { schema: z.string() } } },
    ...errors,
  });

  r.get(
    base,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The campaign's stakeholders by name, with their moves and links",
        params: IdParams,
        querystring: StakeholderListQuery,
        response: { 200: StakeholderList, ...errors },
      },
    },
    async (request) =>
      stakeholders.list(await actors.optional(request), request.params.id, request.query),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Add a target or influencer; its first move places it on the map",
        params: IdParams,
        body: StakeholderInput,
        response: { 201: Stakeholder, ...errors },
      },
    },
    async (request, reply) => {
      const result = await stakeholders.create(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.get(
    `${base}/power-map`,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary:
          "The power map on a day: each stakeholder's position and influence then, and the days anything moved",
        params: IdParams,
        querystring: PowerMapQuery,
        response: { 200: PowerMap, ...errors },
      },
    },
    async (request) =>
      stakeholders.powerMap(await actors.optional(request), request.params.id, request.query),
  );

  r.post(
    linksBase,
    {
      schema: {
        tags,
        summary: "Link two stakeholders (who influences whom)",
        params: IdParams,
        body: LinkInput,
        response: { 201: StakeholderLink, ...errors },
      },
    },
    async (request, reply) => {
      const result = await stakeholders.link(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.delete(
    `${linksBase}/:linkId`,
    {
      schema: {
        tags,
        summary: "Remove a link",
        params: LinkParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await stakeholders.unlink(
        await actors.required(request),
        request.params.id,
        request.params.linkId,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/kumu/elements.csv`,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Export the stakeholders as Kumu elements (CSV)",
        description:
          "Columns Label, Type, Description, Tags (separated by |), Role, Position, Influence, Interest. A cell a spreadsheet would run as a formula starts with an apostrophe, which the import removes.",
        params: IdParams,
        response: csv("Kumu elements as CSV"),
      },
    },
    async (request, reply) => {
      const body = await stakeholders.kumuElements(
        await actors.optional(request),
        request.params.id,
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .header("content-disposition", 'attachment; filename="elements.csv"')
        .send(body);
    },
  );

  r.get(
    `${base}/kumu/connections.csv`,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Export the links as Kumu connections (CSV)",
        description: "Columns From, To, Type.",
        params: IdParams,
        response: csv("Kumu connections as CSV"),
      },
    },
    async (request, reply) => {
      const body = await stakeholders.kumuConnections(
        await actors.optional(request),
        request.params.id,
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .header("content-disposition", 'attachment; filename="connections.csv"')
        .send(body);
    },
  );

  r.post(
    `${base}/kumu`,
    {
      bodyLimit: kumuBodyLimit,
      schema: {
        tags,
        summary: "Import Kumu elements and connections (CSV texts)",
        description:
          "Labels are matched to the campaign's stakeholders by name; new ones are created. Every refused row is reported with why; if any is refused nothing is imported (422) unless validRowsOnly is true. dryRun reports without changing anything.",
        params: IdParams,
        body: KumuImportInput,
        response: { 200: KumuImportReport, ...errors },
      },
    },
    async (request) =>
      stakeholders.kumuImport(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    `${base}/:stakeholderId`,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "One stakeholder, with its moves and links",
        params: StakeholderParams,
        response: { 200: Stakeholder, ...errors },
      },
    },
    async (request) =>
      stakeholders.get(
        await actors.optional(request),
        request.params.id,
        request.params.stakeholderId,
      ),
  );

  r.patch(
    `${base}/:stakeholderId`,
    {
      schema: {
        tags,
        summary: "Change a stakeholder; a new position or influence is a move dated today",
        params: StakeholderParams,
        body: StakeholderPatch,
        response: { 200: Stakeholder, ...errors },
      },
    },
    async (request) =>
      stakeholders.update(
        await actors.required(request),
        request.params.id,
        request.params.stakeholderId,
        request.body,
      ),
  );

  r.delete(
    `${base}/:stakeholderId`,
    {
      schema: {
        tags,
        summary: "Remove a stakeholder, its moves and links",
        params: StakeholderParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await stakeholders.remove(
        await actors.required(request),
        request.params.id,
        request.params.stakeholderId,
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/:stakeholderId/moves`,
    {
      schema: {
        tags,
        summary: "Record a dated move along the spectrum of allies",
        params: StakeholderParams,
        body: MoveInput,
        response: { 201: Stakeholder, ...errors },
      },
    },
    async (request, reply) => {
      const result = await stakeholders.move(
        await actors.required(request),
        request.params.id,
        request.params.stakeholderId,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );
}
