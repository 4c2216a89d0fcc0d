import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  EpochInput,
  MyKeys,
  MyKeysInput,
  OrganizationKeys,
  OrganizationKeysStart,
  PersonPublicKeys,
  SealsInput,
  UserIdParams,
} from "../../../shared/keys/api.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { KeysService } from "./keys.service.ts";

export function registerKeyRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; keys: KeysService },
) {
  const { actors, keys } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["keys"];
  const noStore = { "cache-control": "private, no-store" };

  r.get(
    "/api/v1/me/keys",
    {
      schema: {
        tags,
        summary: "Your public keys and your secret keys as your browser wrapped them",
        description:
          "The secret keys are wrapped under your passphrase (Argon2id) and under your recovery key; the server cannot unwrap them. Null before you set a passphrase.",
        response: { 200: MyKeys, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return keys.mine(await actors.required(request));
    },
  );

  r.put(
    "/api/v1/me/keys",
    {
      schema: {
        tags,
        summary: "Set your keys, or wrap the same keys under a new passphrase",
        description:
          "Different keys in place of yours only with `reset`, which drops every organisation key sealed to you: a member must seal it to you again.",
        body: MyKeysInput,
        response: { 200: MyKeys, ...errors },
      },
    },
    async (request, reply) => {
      const done = await keys.putMine(await actors.required(request), request.body);
      reply.headers(noStore);
      return done.keys;
    },
  );

  r.get(
    "/api/v1/people/:userId/keys",
    {
      schema: {
        tags,
        summary: "A person's public keys (for people who share an organisation with them)",
        params: UserIdParams,
        response: { 200: PersonPublicKeys, ...errors },
      },
    },
    async (request) => keys.ofPerson(await actors.required(request), request.params.userId),
  );

  r.get(
    "/api/v1/organizations/:id/keys",
    {
      schema: {
        tags,
        summary: "An organisation's identity key and epochs; for its people, their sealed key",
        description:
          "Partners seal shares to the current epoch's key after checking its signature against the identity key they have seen before.",
        params: IdParams,
        response: { 200: OrganizationKeys, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return keys.ofOrganization(await actors.required(request), request.params.id);
    },
  );

  r.post(
    "/api/v1/organizations/:id/keys",
    {
      schema: {
        tags,
        summary: "Start an organisation's keys: its identity and first epoch (owners and admins)",
        params: IdParams,
        body: OrganizationKeysStart,
        response: { 201: OrganizationKeys, ...errors },
      },
    },
    async (request, reply) => {
      const made = await keys.start(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.post(
    "/api/v1/organizations/:id/keys/epochs",
    {
      schema: {
        tags,
        summary:
          "Start the next epoch (owners and admins); after a member left, before new records",
        params: IdParams,
        body: EpochInput,
        response: { 201: OrganizationKeys, ...errors },
      },
    },
    async (request, reply) => {
      const made = await keys.rotate(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.post(
    "/api/v1/organizations/:id/keys/seals",
    {
      schema: {
        tags,
        summary: "Seal the current epoch to members who have set their keys since",
        description: "By any member who holds the current epoch, from their unlocked browser.",
        params: IdParams,
        body: SealsInput,
        response: { 200: OrganizationKeys, ...errors },
      },
    },
    async (request) => keys.seal(await actors.required(request), request.params.id, request.body),
  );
}
