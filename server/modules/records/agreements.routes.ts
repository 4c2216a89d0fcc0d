import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import {
  AgreementAmendment,
  AgreementInput,
  AgreementList,
  AgreementView,
  FilterGrantInput,
  GrantList,
  GrantView,
  PartyAction,
  RecordGrantInput,
} from "../../../shared/records/agreements-api.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { AgreementsService } from "./agreements.service.ts";
import type { GrantsService } from "./grants.service.ts";

/** Information-sharing agreements between organisations, and the grants made under them. */
export function registerAgreementRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; agreements: AgreementsService; grants: GrantsService },
) {
  const { actors, agreements, grants } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["agreements"];

  r.post(
    "/api/v1/agreements",
    {
      schema: {
        tags,
        summary: "Propose an information-sharing agreement to other organisations",
        description:
          "Proposed for one of your organisations (as its owner or admin), which accepts it by proposing; in force once every party accepts.",
        body: AgreementInput,
        response: { 201: AgreementView, ...errors },
      },
    },
    async (request, reply) => {
      const made = await agreements.create(await actors.required(request), request.body);
      reply.status(201);
      return made;
    },
  );

  r.get(
    "/api/v1/agreements",
    {
      schema: {
        tags,
        summary: "The agreements your organisations are parties to, newest first",
        response: { 200: AgreementList, ...errors },
      },
    },
    async (request) => agreements.list(await actors.required(request)),
  );

  r.get(
    "/api/v1/agreements/:id",
    {
      schema: {
        tags,
        summary: "An agreement: its terms, versions and who accepted them (parties only)",
        params: IdParams,
        response: { 200: AgreementView, ...errors },
      },
    },
    async (request) => agreements.get(await actors.required(request), request.params.id),
  );

  r.post(
    "/api/v1/agreements/:id/versions",
    {
      schema: {
        tags,
        summary: "Put new terms: a new version that every party accepts again",
        description: "Grants already made keep the terms of the version they were made under.",
        params: IdParams,
        body: AgreementAmendment,
        response: { 200: AgreementView, ...errors },
      },
    },
    async (request) =>
      agreements.amend(await actors.required(request), request.params.id, request.body),
  );

  r.post(
    "/api/v1/agreements/:id/accept",
    {
      schema: {
        tags,
        summary: "Accept the current version for a party (its owners and admins)",
        params: IdParams,
        body: PartyAction,
        response: { 200: AgreementView, ...errors },
      },
    },
    async (request) =>
      agreements.accept(
        await actors.required(request),
        request.params.id,
        request.body.organizationId,
      ),
  );

  r.post(
    "/api/v1/agreements/:id/end",
    {
      schema: {
        tags,
        summary: "End an agreement for a party: every grant under it ends at once",
        params: IdParams,
        body: PartyAction,
        response: { 200: AgreementView, ...errors },
      },
    },
    async (request) =>
      agreements.end(
        await actors.required(request),
        request.params.id,
        request.body.organizationId,
      ),
  );

  r.post(
    "/api/v1/records/:id/grants",
    {
      schema: {
        tags,
        summary: "Share a record with an organisation under an agreement in force",
        description:
          "By the owner's owners and admins, or onward by a grantee as the agreement allows. Without the consent the agreement needs, refused (409) unless a reason is given: the override is audited and told to the owner's owners and admins.",
        params: IdParams,
        body: RecordGrantInput,
        response: { 201: GrantView, ...errors },
      },
    },
    async (request, reply) => {
      const made = await grants.grantRecord(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.get(
    "/api/v1/records/:id/grants",
    {
      schema: {
        tags,
        summary: "The grants of a record, live and ended (the owner's owners and admins)",
        params: IdParams,
        response: { 200: GrantList, ...errors },
      },
    },
    async (request) => grants.ofRecord(await actors.required(request), request.params.id),
  );

  r.post(
    "/api/v1/organizations/:id/grants",
    {
      schema: {
        tags,
        summary: "Share every record of the organisation matching a saved filter",
        description:
          "A record falls under it only while it has the consent the agreement needs; there is no override.",
        params: IdParams,
        body: FilterGrantInput,
        response: { 201: GrantView, ...errors },
      },
    },
    async (request, reply) => {
      const made = await grants.grantFilter(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.get(
    "/api/v1/organizations/:id/grants",
    {
      schema: {
        tags,
        summary: "The grants an organisation gave and received (its owners and admins)",
        params: IdParams,
        response: { 200: GrantList, ...errors },
      },
    },
    async (request) => grants.ofOrganization(await actors.required(request), request.params.id),
  );

  r.post(
    "/api/v1/grants/:id/revoke",
    {
      schema: {
        tags,
        summary: "Revoke a grant at once, with every grant shared onward from it",
        params: IdParams,
        response: { 200: GrantView, ...errors },
      },
    },
    async (request) => grants.revoke(await actors.required(request), request.params.id),
  );
}
