import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { IdParams, problemResponses } from "../../../shared/problem.ts";
import {
  Invitation,
  InvitationInput,
  InvitationList,
  InvitationParams,
  InvitationPreview,
  InvitationToken,
  Member,
  MemberList,
  MemberParams,
  MyOrganizations,
  Organization,
  OrganizationInput,
  OrganizationUpdate,
  RoleChange,
} from "../../../shared/organizations.ts";
import { asUpload } from "../../lib/security-headers.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { InvitationsService } from "./invitations.service.ts";
import type { MembersService } from "./members.service.ts";
import type { OrganizationsService } from "./organizations.service.ts";

const errors = problemResponses;
const InvitationTokenParams = z.object({ token: InvitationToken.shape.token }).strict();

export function registerOrganizationRoutes(
  app: FastifyInstance,
  deps: {
    actors: ActorResolver;
    organizations: OrganizationsService;
    members: MembersService;
    invitations: InvitationsService;
  },
) {
  const { actors, organizations, members, invitations } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["organizations"];

  r.post(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Create an organisation; you become its owner",
        body: OrganizationInput,
        response: { 201: Organization, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      reply.status(201);
      return organizations.create(actor, request.body);
    },
  );

  r.get(
    "/api/v1/organizations/mine",
    {
      schema: {
        tags,
        summary: "Organisations you belong to",
        response: { 200: MyOrganizations, ...errors },
      },
    },
    async (request) => organizations.listMine(await actors.required(request)),
  );

  r.get(
    "/api/v1/organizations/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A profile, with only the field groups you may see",
        params: IdParams,
        response: { 200: Organization, ...errors },
      },
    },
    async (request) => organizations.get(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/organizations/:id",
    {
      schema: {
        tags,
        summary: "Update a profile (owners and admins)",
        params: IdParams,
        body: OrganizationUpdate,
        response: { 200: Organization, ...errors },
      },
    },
    async (request) =>
      organizations.update(await actors.required(request), request.params.id, request.body),
  );

  r.put(
    "/api/v1/organizations/:id/logo",
    {
      bodyLimit: 512 * 1024,
      schema: {
        tags,
        summary: "Upload a logo (PNG, JPEG or WebP, at most 512 KB)",
        description:
          "The image is decoded, not trusted by its type: anything that does not decode as a PNG, JPEG or WebP of at most 25 million pixels is refused (422). What is stored is a fresh encoding of its pixels in the same format, at most 512 px a side, without metadata.",
        params: IdParams,
        consumes: ["image/png", "image/jpeg", "image/webp"],
        response: { 200: Organization, ...errors },
      },
    },
    async (request) => {
      const actor = await actors.required(request);
      // Only image/png, image/jpeg and image/webp bodies are parsed (others get a 415), but the
      // declared type decides nothing: the logo is judged by decoding it.
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return organizations.setLogo(actor, request.params.id, body);
    },
  );

  r.get(
    "/api/v1/organizations/:id/logo",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The organisation's logo",
        description:
          "Served as a download (Content-Disposition: attachment) under a sandboxing Content-Security-Policy; an <img> shows it all the same.",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const logo = await organizations.logo(await actors.optional(request), request.params.id);
      reply.header("cache-control", "public, max-age=31536000, immutable");
      return asUpload(reply, logo.type, logo.filename).send(logo.bytes);
    },
  );

  r.get(
    "/api/v1/organizations/:id/members",
    {
      schema: {
        tags,
        summary: "Members and their roles (members only)",
        params: IdParams,
        response: { 200: MemberList, ...errors },
      },
    },
    async (request) => members.list(await actors.required(request), request.params.id),
  );

  r.patch(
    "/api/v1/organizations/:id/members/:userId",
    {
      schema: {
        tags,
        summary: "Change a member's role",
        params: MemberParams,
        body: RoleChange,
        response: { 200: Member, ...errors },
      },
    },
    async (request) =>
      members.changeRole(
        await actors.required(request),
        request.params.id,
        request.params.userId,
        request.body.role,
      ),
  );

  r.delete(
    "/api/v1/organizations/:id/members/:userId",
    {
      schema: {
        tags,
        summary: "Remove a member, or leave when it is you",
        params: MemberParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await members.remove(
        await actors.required(request),
        request.params.id,
        request.params.userId,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/organizations/:id/invitations",
    {
      schema: {
        tags,
        summary: "Invitations (owners and admins)",
        params: IdParams,
        response: { 200: InvitationList, ...errors },
      },
    },
    async (request) => invitations.list(await actors.required(request), request.params.id),
  );

  r.post(
    "/api/v1/organizations/:id/invitations",
    {
      schema: {
        tags,
        summary: "Invite someone by email",
        params: IdParams,
        body: InvitationInput,
        response: { 201: Invitation, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      reply.status(201);
      return invitations.create(actor, request.params.id, request.body);
    },
  );

  r.delete(
    "/api/v1/organizations/:id/invitations/:invitationId",
    {
      schema: {
        tags,
        summary: "Revoke an open invitation",
        params: InvitationParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await invitations.revoke(
        await actors.required(request),
        request.params.id,
        request.params.invitationId,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/invitations/:token",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "What an invitation link offers",
        params: InvitationTokenParams,
        response: { 200: InvitationPreview, ...errors },
      },
    },
    async (request) => invitations.preview(request.params.token),
  );

  r.post(
    "/api/v1/invitations/accept",
    {
      schema: {
        tags,
        summary: "Accept an invitation sent to your email address",
        body: InvitationToken,
        response: { 200: z.object({ organizationId: z.uuid() }), ...errors },
      },
    },
    async (request) => invitations.accept(await actors.required(request), request.body.token),
  );
}
