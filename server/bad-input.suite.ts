import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Problem } from "../shared/problem.ts";
import { type SignedIn, createOrganization, signedInUser, testPassword } from "./test/actors.ts";
import { type Backend, type TestApp, createTestApp } from "./test/harness.ts";
import { cursorsNoListIssues, forgedCursor } from "./test/forged-cursors.ts";
import { addMember, databaseState, pngBytes, tokenFrom } from "./test/org-helpers.ts";

import {
  type BadRequest,
  type Ids,
  type Json,
  type Method,
  type WriteRoute,
  isUuid,
  kb,
  valueFor,
} from "./test/bad-input-route.ts";
import { writeRoutes } from "./test/bad-input-routes.ts";
/** The valid body with its "{{key}}" placeholders replaced by the ids made for this run. */
function fill(body: Json, ids: Ids): Json {
  if (typeof body === "string") {
    const key = /^\{\{(\w+)\}\}$/.exec(body)?.[1] as keyof Ids | undefined;
    return key ? ids[key] : body;
  }
  if (Array.isArray(body)) return body.map((item) => fill(item, ids));
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v, ids)]));
  }
  return body;
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const malformedJson = fc
  .oneof(
    fc.constantFrom("", "{", "}", "{,}", "{'locale':'fr'}", '{"a":1,}', "[1,2", "nul", '{"a":}'),
    fc.json().map((text) => text.slice(0, -1)),
    fc.json().map((text) => `${text}}`),
    fc.string(),
  )
  .filter((text) => !parses(text));

/** Any JSON value that is not an object: a body must be an object. */
const nonObjectJson = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 5 }),
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.boolean(),
);

type Kind = "string" | "number" | "boolean" | "array" | "object";
const kindOf = (value: Json): Kind | "null" =>
  value === null ? "null" : Array.isArray(value) ? "array" : (typeof value as Kind);
const valueOfKind: Record<Kind, fc.Arbitrary<Json>> = {
  string: fc.string(),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  array: fc.array(fc.jsonValue(), { maxLength: 4 }),
  object: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
};
/** A value of another JSON type than `value` (never null: some fields may be cleared). */
const wrongTypeFor = (value: Json) =>
  fc.oneof(
    ...(Object.keys(valueOfKind) as Kind[])
      .filter((kind) => kind !== kindOf(value))
      .map((kind) => valueOfKind[kind]),
  );

/** Far longer than any text field allows, and with no spaces a trim could remove. */
const overLongText = fc
  .tuple(fc.constantFrom("x", "é", "中", "🙂", "a1-"), fc.integer({ min: 10_001, max: 40_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** Valid JSON that PostgreSQL cannot store as text: a NUL, or half a surrogate pair. */
const unstorableText = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("\u0000", "\ud800", "\udfff", "\ud83d"),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`);

/** The body with every string in it replaced by `text`, however deep. */
function withTextEverywhere(body: Json, text: string): Json {
  if (typeof body === "string") return text;
  if (Array.isArray(body)) return body.map((item) => withTextEverywhere(item, text));
  if (body && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, withTextEverywhere(v, text)]),
    );
  }
  return body;
}

const notAnId = fc
  .oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom("1", "0", "-1", "null", "undefined", "..", "%", "' or 1=1 --"),
    fc.uuid().map((id) => `${id}x`),
    fc.uuid().map((id) => id.slice(0, -1)),
    fc.uuid().map((id) => id.replaceAll("-", "")),
    fc.string({ minLength: 201, maxLength: 400 }),
  )
  .filter((value) => !isUuid(value));

/** Percent-signs that do not decode, sent as they are. */
const badPercentEncoding = fc
  .tuple(
    fc.stringMatching(/^[0-9a-f-]{0,36}$/),
    fc.constantFrom("%", "%zz", "%E0%A4%A", "%C3%28", "%FF", "%ED%A0%80"),
  )
  .map(([prefix, broken]) => ({ value: `${prefix}${broken}`, raw: true }));

const oversizedJson = (limit: number) =>
  fc
    .integer({ min: limit + 1, max: limit + 64 * kb })
    .map((size) => JSON.stringify({ name: "x".repeat(size) }));

const json = (body: Json) => ({ contentType: "application/json", body: JSON.stringify(body) });

/** Bad requests for one route: every one of them is wrong in at least one way. */
function badRequests(target: WriteRoute, ids: Ids): fc.Arbitrary<BadRequest> {
  const valid = target.validBody && (fill(target.validBody, ids) as Record<string, Json>);
  const at = (kind: string, request: Omit<BadRequest, "kind" | "url">, url = target.url(ids)) =>
    ({ kind, url, ...request }) as BadRequest;
  const choices: fc.Arbitrary<BadRequest>[] = [
    malformedJson.map((body) => at("malformed JSON", { contentType: "application/json", body })),
    oversizedJson(target.bodyLimit).map((body) =>
      at("oversized body", { contentType: "application/json", body }),
    ),
    fc
      .tuple(
        // Fastify reads text/plain itself; a route with no body then ignores it, as it should.
        fc.constantFrom(
          ...(target.validBody || target.image ? ["text/plain"] : []),
          "application/xml",
          "multipart/form-data; boundary=x",
        ),
        fc.string({ minLength: 1 }),
      )
      .map(([contentType, body]) => at("unsupported content type", { contentType, body })),
  ];

  if (target.params.length) {
    const param = fc.constantFrom(
      ...[...target.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string),
    );
    choices.push(
      fc
        .tuple(
          param,
          fc.oneof(
            notAnId.map((value) => ({ value, raw: false })),
            badPercentEncoding,
          ),
        )
        .map(([name, { value, raw }]) =>
          at(
            raw ? "a malformed URL" : "bad id in the path",
            valid ? json(valid) : target.image ? { contentType: "image/png", body: pngBytes } : {},
            target.url(ids, { param: name, value, raw }),
          ),
        ),
    );
  }

  if (target.image) {
    choices.push(
      nonObjectJson.map((body) => at("JSON instead of an image", json(body))),
      fc
        .tuple(
          fc.constantFrom("image/png", "image/jpeg", "image/webp"),
          fc.uint8Array({ maxLength: 2048 }),
        )
        .map(([contentType, bytes]) =>
          at("bytes that are not the declared image", { contentType, body: Buffer.from(bytes) }),
        )
        .filter((request) => !looksLikeImage(request.body as Buffer)),
      fc.integer({ min: target.bodyLimit + 1, max: target.bodyLimit + 64 * kb }).map((size) =>
        at("oversized image", {
          contentType: "image/png",
          body: Buffer.concat([pngBytes, Buffer.alloc(size - pngBytes.length)]),
        }),
      ),
      fc.constant(
        at("an image type we do not take", {
          contentType: "image/gif",
          body: Buffer.from("GIF89a"),
        }),
      ),
    );
  }

  if (valid) {
    const fields = Object.keys(valid);
    const unknownField = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((key) => !fields.includes(key) && !(key in {}));
    choices.push(
      nonObjectJson.map((body) => at("a body that is not an object", json(body))),
      fc
        .tuple(unknownField, fc.jsonValue())
        .map(([key, value]) => at("an unknown extra field", json({ ...valid, [key]: value }))),
      fc
        .constantFrom(...fields)
        .chain((field) => wrongTypeFor(valid[field]).map((value) => ({ ...valid, [field]: value })))
        .map((body) => at("a field of the wrong type", json(body))),
    );
    if (target.textFields?.length) {
      choices.push(
        fc
          .tuple(fc.constantFrom(...target.textFields), overLongText)
          .map(([field, text]) => at("an over-long text", json({ ...valid, [field]: text }))),
        fc
          .tuple(fc.constantFrom(...target.textFields), unstorableText)
          .map(([field, text]) =>
            at("text the database cannot store", json({ ...valid, [field]: text })),
          ),
      );
    }
    // A day the database cannot store (it has no year 0000) in place of each day of the body.
    const days = fields.filter((field) => /^\d{4}-\d{2}-\d{2}$/.test(String(valid[field])));
    if (days.length) {
      choices.push(
        fc
          .tuple(
            fc.constantFrom(...days),
            fc.constantFrom("0000-01-01", "0000-12-31", "0000-02-29"),
          )
          .map(([field, day]) => at("a day with year 0000", json({ ...valid, [field]: day }))),
      );
    }
    // Every string value of the body, however deep, becomes unstorable (bodies with none skip).
    if (JSON.stringify(withTextEverywhere(valid, "\u0000")) !== JSON.stringify(valid)) {
      choices.push(
        unstorableText.map((text) =>
          at("unstorable text deep in the body", json(withTextEverywhere(valid, text))),
        ),
      );
    }
  }
  return fc.oneof(...choices);
}

/** A GET operation as the served OpenAPI document describes it. */
type ReadOperation = {
  path: string;
  pathParams: string[];
  query: { name: string; schema: QuerySchema }[];
};
type QuerySchema = {
  type?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};
type OpenApiDocument = {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; schema: QuerySchema }[] }>
  >;
};

/** Every GET under /api/v1 with its path and query parameters, read from the served document. */
function readOperations(doc: OpenApiDocument): ReadOperation[] {
  return Object.entries(doc.paths)
    .filter(([path, operations]) => path.startsWith("/api/v1/") && operations.get)
    .map(([path, operations]) => {
      const parameters = operations.get?.parameters ?? [];
      return {
        path,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters
          .filter((p) => p.in === "query")
          .map((p) => ({ name: p.name, schema: p.schema })),
      };
    });
}

/** A value the parameter's schema accepts, so bad ones are also tried beside good ones. */
function goodValue(name: string, schema: QuerySchema, ids: Ids): fc.Arbitrary<string> {
  if (name === "cursor") return forgedCursor;
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.type === "integer") {
    return fc
      .integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 })
      .map((n) => String(n));
  }
  if (schema.format === "uuid") {
    return fc.oneof(
      fc.constantFrom(ids.organizationId, ids.coalitionId, ids.meetingId, ids.otherOrganizationId),
      fc.uuid(),
    );
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ maxLength: 30 });
}

/** Values no query parameter should take, as text (a query has no types of its own). */
const badQueryValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  unstorableText,
  overLongText.map((text) => text.slice(0, 12_000)),
  fc.constantFrom("", "-1", "0", "1.5", "1e309", "NaN", "99999999999999999999", "null", "[]"),
  notAnId,
  forgedCursor,
);

/** A lone surrogate as the three bytes a careless encoder sends (WTF-8), percent-encoded. */
const wtf8 = (unit: number) =>
  [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join("");
/** Percent-encodes text; encodeURIComponent throws on half a surrogate pair. */
const encodeQueryValue = (value: string) =>
  [...value]
    .map((char) => (/\p{Cs}/u.test(char) ? wtf8(char.charCodeAt(0)) : encodeURIComponent(char)))
    .join("");

type ReadRequest = { kind: string; url: string; signedIn: boolean; mustRefuse: boolean };

/** Requests to one GET operation: odd query strings, and bad values in its path. */
function readRequests(operation: ReadOperation, ids: Ids): fc.Arbitrary<ReadRequest> {
  const path = (replace?: { name: string; value: string }) =>
    operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      replace?.name === name ? replace.value : ids[valueFor(operation.path, name)],
    );
  const choices: fc.Arbitrary<ReadRequest>[] = [
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 20 }), badQueryValue, fc.boolean())
      .map(([name, value, signedIn]) => ({
        kind: "a query parameter it does not declare",
        url: `${path()}?${encodeQueryValue(name)}=${encodeQueryValue(value)}`,
        signedIn,
        mustRefuse: false,
      })),
  ];
  if (operation.query.length) {
    const pair = fc.constantFrom(...operation.query).chain(({ name, schema }) =>
      fc.oneof(
        goodValue(name, schema, ids).map((value) => `${name}=${encodeQueryValue(value)}`),
        badQueryValue.map((value) => `${name}=${encodeQueryValue(value)}`),
        badPercentEncoding.map(({ value }) => `${name}=${value}`),
      ),
    );
    choices.push(
      fc
        .tuple(fc.array(pair, { minLength: 1, maxLength: 4 }), fc.boolean())
        .map(([pairs, signedIn]) => ({
          kind: "odd query parameters",
          url: `${path()}?${pairs.join("&")}`,
          signedIn,
          mustRefuse: false,
        })),
    );
  }
  if (operation.query.some((q) => q.name === "cursor")) {
    choices.push(
      fc.tuple(forgedCursor, fc.boolean()).map(([cursor, signedIn]) => ({
        kind: "a forged cursor",
        url: `${path()}?cursor=${encodeQueryValue(cursor)}`,
        signedIn,
        mustRefuse: false,
      })),
    );
  }
  if (operation.pathParams.length) {
    choices.push(
      fc
        .tuple(
          fc.constantFrom(...operation.pathParams),
          fc.oneof(
            notAnId.map(encodeQueryValue),
            badPercentEncoding.map(({ value }) => value),
          ),
          fc.boolean(),
        )
        .map(([name, value, signedIn]) => ({
          kind: `bad ${name} in the path`,
          url: path({ name, value }),
          signedIn,
          // A token or a charter version may be any text and be unknown; an id must be an id.
          mustRefuse: name === "id" || name.endsWith("Id"),
        })),
    );
  }
  return fc.oneof(...choices);
}

function looksLikeImage(bytes: Buffer) {
  return (
    bytes.subarray(0, 8).equals(pngBytes.subarray(0, 8)) ||
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) ||
    (bytes.subarray(0, 4).toString("latin1") === "RIFF" &&
      bytes.subarray(8, 12).toString("latin1") === "WEBP")
  );
}

function expectRefusal(response: LightMyRequestResponse, request: BadRequest) {
  const where = `${request.kind}: ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, where).toBeLessThan(500);
  expect(response.headers["content-type"], where).toMatch(/^application\/problem\+json/);
  const problem = Problem.parse(response.json());
  expect(problem.status, where).toBe(response.statusCode);
}

export function badInputSuite(backend: Backend) {
  describe(`bad input to every write route on ${backend}`, () => {
    let t: TestApp;
    let owner: SignedIn;
    let invitee: SignedIn;
    let ids: Ids;

    beforeAll(async () => {
      t = await createTestApp(backend);
      // Owner and platform administrator: no refusal below can be down to who is asking.
      owner = await signedInUser(t, "owner", { isPlatformAdmin: true });
      const member = await signedInUser(t, "member");
      invitee = await signedInUser(t, "invitee");
      const organizationId = await createOrganization(t, owner);
      await addMember(t, organizationId, member.userId, "member");
      const invited = await t.app.inject({
        method: "POST",
        url: `/api/v1/organizations/${organizationId}/invitations`,
        headers: owner.headers,
        payload: { email: invitee.email, role: "member" },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const coalition = await t.app.inject({
        method: "POST",
        url: "/api/v1/coalitions",
        headers: owner.headers,
        payload: fill(writeRoutes.find((r) => r.path === "/api/v1/coalitions")?.validBody ?? {}, {
          organizationId,
        } as Ids),
      });
      expect(coalition.statusCode, coalition.body).toBe(201);
      /** Signs the owner in a second time and answers that session's id. */
      const otherSessionOf = async (who: SignedIn) => {
        const again = await t.app.inject({
          method: "POST",
          url: "/api/auth/sign-in/email",
          headers: { origin: who.headers.origin, "content-type": "application/json" },
          payload: { email: who.email, password: testPassword },
        });
        expect(again.statusCode, again.body).toBe(200);
        const listed = await t.app.inject({ url: "/api/v1/me/sessions", headers: who.headers });
        const other = (listed.json() as { items: { id: string; current: boolean }[] }).items.find(
          (s) => !s.current,
        );
        if (!other) throw new Error(`no second session: ${listed.body}`);
        return other.id;
      };
      ids = {
        organizationId,
        memberId: member.userId,
        invitationId: invited.json().id,
        ownerId: owner.userId,
        coalitionId: coalition.json().id,
        otherOrganizationId: await createOrganization(t, member, { name: "Invited Organisation" }),
        applicantOrganizationId: await createOrganization(t, owner, { name: "Applicant" }),
        action: "remove",
        proposalId: "",
        meetingId: "",
        actionItemId: "",
        threadId: "",
        commentId: "",
        needId: "",
        sessionId: await otherSessionOf(owner),
        invitationToken: tokenFrom(t.mails.lastTo(invitee.email)?.link),
        charterVersion: "1",
        campaignId: "",
        objectiveId: "",
        progressId: "",
        stakeholderId: "",
        activityId: "",
        messageId: "",
        storyId: "",
        pledgeId: "",
        budgetLineId: "",
        spendingId: "",
        outcomeId: "",
        stakeholderLinkId: "",
        statementId: "",
        statementVersionId: "",
        statementToken: "",
        riskAssessmentId: "",
        mitigationId: "",
      };
      const proposal = await t.app.inject({
        method: "POST",
        url: `/api/v1/coalitions/${ids.coalitionId}/proposals`,
        headers: owner.headers,
        payload: fill(
          writeRoutes.find((r) => r.path === "/api/v1/coalitions/:id/proposals")?.validBody ?? {},
          ids,
        ),
      });
      expect(proposal.statusCode, proposal.body).toBe(201);
      ids.proposalId = proposal.json().id;
      const hour = 3_600_000;
      const meeting = await t.app.inject({
        method: "POST",
        url: `/api/v1/coalitions/${ids.coalitionId}/meetings`,
        headers: owner.headers,
        payload: {
          title: "Meeting under way",
          startsAt: new Date(Date.now() - hour).toISOString(),
          endsAt: new Date(Date.now() + hour).toISOString(),
          timeZone: "Asia/Amman",
          location: "Amman",
        },
      });
      expect(meeting.statusCode, meeting.body).toBe(201);
      ids.meetingId = meeting.json().id;
      const item = await t.app.inject({
        method: "POST",
        url: `/api/v1/coalitions/${ids.coalitionId}/action-items`,
        headers: owner.headers,
        payload: {
          title: "Share the minutes",
          ownerOrganizationId: organizationId,
          dueDate: "2030-02-01",
        },
      });
      expect(item.statusCode, item.body).toBe(201);
      ids.actionItemId = item.json().id;
      const concern = await t.app.inject({
        method: "POST",
        url: `/api/v1/coalitions/${ids.coalitionId}/threads`,
        headers: owner.headers,
        payload: {
          organizationId,
          kind: "concern",
          title: "Access at risk",
          concern: {
            problem: { original: "en", texts: { en: "Access at risk." } },
            endGoal: { original: "en", texts: { en: "Speak without losing it." } },
            participants: [],
          },
          comment: { text: "Let us talk." },
        },
      });
      expect(concern.statusCode, concern.body).toBe(201);
      ids.threadId = concern.json().id;
      const comments = await t.app.inject({
        method: "GET",
        url: `/api/v1/threads/${ids.threadId}/comments`,
        headers: owner.headers,
      });
      ids.commentId = comments.json().items[0].id;
      const saved = await t.app.inject({
        method: "POST",
        url: "/api/v1/discovery/needs",
        headers: owner.headers,
        payload: fill(
          writeRoutes.find((r) => r.path === "/api/v1/discovery/needs")?.validBody ?? {},
          ids,
        ),
      });
      expect(saved.statusCode, saved.body).toBe(201);
      ids.needId = saved.json().id;
      const campaign = await t.app.inject({
        method: "POST",
        url: "/api/v1/campaigns",
        headers: owner.headers,
        payload: fill(
          writeRoutes.find((r) => r.path === "/api/v1/campaigns")?.validBody ?? {},
          ids,
        ),
      });
      expect(campaign.statusCode, campaign.body).toBe(201);
      ids.campaignId = campaign.json().id;

      // ── campaign objectives: make what its routes need below (ids.…) ──
      const objectiveBody = writeRoutes.find(
        (r) => r.method === "POST" && r.path === "/api/v1/campaigns/:id/objectives",
      )?.validBody;
      const newObjective = async () => {
        const made = await t.app.inject({
          method: "POST",
          url: `/api/v1/campaigns/${ids.campaignId}/objectives`,
          headers: owner.headers,
          payload: fill(objectiveBody ?? {}, ids),
        });
        expect(made.statusCode, made.body).toBe(201);
        return made.json().id as string;
      };
      ids.objectiveId = await newObjective();
      const reading = await t.app.inject({
        method: "POST",
        url: `/api/v1/campaigns/${ids.campaignId}/objectives/${ids.objectiveId}/progress`,
        headers: owner.headers,
        payload: { organizationId: ids.organizationId, value: 4, measuredOn: "2025-03-01" },
      });
      expect(reading.statusCode, reading.body).toBe(201);
      ids.progressId = reading.json().progress[0].id;
      // A second objective for the well-formed DELETE, so the parts below keep ids.objectiveId.
      Object.assign(ids, { spareObjectiveId: await newObjective() });
      // ── end of campaign objectives ──

      // ── campaign stakeholders: make what its routes need below (ids.…) ──
      {
        const url = `/api/v1/campaigns/${ids.campaignId}/stakeholders`;
        const made: string[] = [];
        for (const name of ["Arms Export Office", "Finance Ministry"]) {
          const response = await t.app.inject({
            method: "POST",
            url,
            headers: owner.headers,
            payload: {
              name,
              type: "institution",
              role: "target",
              position: "neutral",
              influence: 3,
              interest: 3,
            },
          });
          expect(response.statusCode, response.body).toBe(201);
          made.push(response.json().id);
        }
        ids.stakeholderId = made[0]!;
        const link = await t.app.inject({
          method: "POST",
          url: `/api/v1/campaigns/${ids.campaignId}/stakeholder-links`,
          headers: owner.headers,
          payload: { fromId: made[1], toId: made[0], type: "advises" },
        });
        expect(link.statusCode, link.body).toBe(201);
        // Values only these routes use, outside the Ids every route shares.
        ids.stakeholderLinkId = link.json().id;
        Object.assign(ids, {
          stakeholderOtherId: made[1],
          stakeholderMovedOn: new Date().toISOString().slice(0, 10),
        });
      }
      // ── end of campaign stakeholders ──

      // ── campaign workplan: make what its routes need below (ids.…) ──
      const activity = await t.app.inject({
        method: "POST",
        url: `/api/v1/campaigns/${ids.campaignId}/activities`,
        headers: owner.headers,
        payload: fill(
          writeRoutes.find((r) => r.path === "/api/v1/campaigns/:id/activities")?.validBody ?? {},
          ids,
        ),
      });
      expect(activity.statusCode, activity.body).toBe(201);
      ids.activityId = activity.json().id;
      // ── end of campaign workplan ──

      // ── campaign messages: make what its routes need below (ids.…) ──
      const fuzzMessage = await t.app.inject({
        method: "POST",
        url: `/api/v1/campaigns/${ids.campaignId}/messages`,
        headers: owner.headers,
        payload: {
          audience: "Press",
          frame: "humanitarian",
          text: { original: "en", texts: { en: "Civilians pay the price." } },
        },
      });
      expect(fuzzMessage.statusCode, fuzzMessage.body).toBe(201);
      ids.messageId = fuzzMessage.json().id;
      const fuzzStory = await t.app.inject({
        method: "POST",
        url: `/api/v1/campaigns/${ids.campaignId}/stories`,
        headers: owner.headers,
        payload: {
          recordedByOrganizationId: organizationId,
          title: "The market",
          text: { original: "en", texts: { en: "The market was struck." } },
          consent: {
            by: "A shopkeeper",
            uses: ["internal", "public_named", "public_anonymised"],
            givenOn: "2026-01-01",
          },
        },
      });
      expect(fuzzStory.statusCode, fuzzStory.body).toBe(201);
      ids.storyId = fuzzStory.json().id;
      // ── end of campaign messages ──

      // ── campaign resources: make what its routes need below (ids.…) ──
      const resource = async (path: string, payload: Json) => {
        const made = await t.app.inject({
          method: "POST",
          url: `/api/v1/campaigns/${ids.campaignId}${path}`,
          headers: owner.headers,
          payload,
        });
        expect(made.statusCode, made.body).toBe(201);
        return made.json().id as string;
      };
      ids.budgetLineId = await resource("/budget-lines", {
        label: "Travel",
        currency: "EUR",
        amount: "4000",
      });
      ids.pledgeId = await resource("/pledges", {
        organizationId,
        kind: "staff_days",
        amount: "20",
      });
      ids.spendingId = await resource("/spending", {
        organizationId,
        budgetLineId: ids.budgetLineId,
        currency: "EUR",
        amount: "95",
        spentOn: "2026-03-01",
        description: "Hotel",
        receipt: "H-1",
      });
      // ── end of campaign resources ──

      // ── campaign outcomes: make what its routes need below (ids.…) ──
      const outcome = await t.app.inject({
        method: "POST",
        url: `/api/v1/campaigns/${ids.campaignId}/outcomes`,
        headers: owner.headers,
        payload: fill(
          writeRoutes.find((r) => r.path === "/api/v1/campaigns/:id/outcomes")?.validBody ?? {},
          ids,
        ),
      });
      expect(outcome.statusCode, outcome.body).toBe(201);
      ids.outcomeId = outcome.json().id;
      // ── end of campaign outcomes ──

      // ── joint statements: an open statement and its invitation link ──
      const statement = await t.app.inject({
        method: "POST",
        url: `/api/v1/coalitions/${ids.coalitionId}/statements`,
        headers: owner.headers,
        payload: fill(
          writeRoutes.find((r) => r.path === "/api/v1/coalitions/:id/statements")?.validBody ?? {},
          ids,
        ),
      });
      expect(statement.statusCode, statement.body).toBe(201);
      ids.statementId = statement.json().id;
      ids.statementVersionId = statement.json().current.id;
      const opened = await t.app.inject({
        method: "PATCH",
        url: `/api/v1/statements/${ids.statementId}`,
        headers: owner.headers,
        payload: { status: "open" },
      });
      expect(opened.statusCode, opened.body).toBe(200);
      const link = await t.app.inject({
        method: "POST",
        url: `/api/v1/statements/${ids.statementId}/invitation`,
        headers: owner.headers,
      });
      expect(link.statusCode, link.body).toBe(201);
      ids.statementToken = link.json().token;
      // ── end of joint statements ──
      // ── risk assessments: make what their routes need below (ids.…) ──
      const riskMade = async (url: string, path: string) => {
        const made = await t.app.inject({
          method: "POST",
          url,
          headers: owner.headers,
          payload: fill(writeRoutes.find((r) => r.path === path)?.validBody ?? {}, ids),
        });
        expect(made.statusCode, made.body).toBe(201);
        return made.json().id as string;
      };
      ids.riskAssessmentId = await riskMade(
        `/api/v1/coalitions/${ids.coalitionId}/risk-assessments`,
        "/api/v1/coalitions/:id/risk-assessments",
      );
      ids.mitigationId = await riskMade(
        `/api/v1/risk-assessments/${ids.riskAssessmentId}/mitigations`,
        "/api/v1/risk-assessments/:id/mitigations",
      );
      // ── end of risk assessments ──
      const locale = await t.app.inject({
        method: "PATCH",
        url: "/api/v1/me/preferences",
        headers: owner.headers,
        payload: { locale: "fr" },
      });
      expect(locale.statusCode).toBe(200);
    });
    afterAll(async () => {
      await t.close();
    });

    it("lists every /api/v1 write route", () => {
      const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      const writes = Object.entries(doc.paths)
        .filter(([path]) => path.startsWith("/api/v1/"))
        .flatMap(([path, operations]) =>
          Object.keys(operations)
            .map((method) => method.toUpperCase())
            .filter((method) => method !== "GET")
            .map((method) => `${method} ${path}`),
        );
      const listed = writeRoutes.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
      expect(new Set(listed)).toEqual(new Set(writes));
    });

    // Read before the write routes run below, while every made thing still exists.
    it("answers odd query parameters and bad path ids on every GET without a 500, changing nothing", async () => {
      const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      const operations = readOperations(doc);
      // Every GET is fuzzed, with every query parameter it declares; new ones join by themselves.
      expect(operations.length).toBeGreaterThanOrEqual(34);
      expect(operations.flatMap((o) => o.query).length).toBeGreaterThanOrEqual(41);
      const before = await databaseState(t);
      const mailsBefore = t.mails.length;
      for (const operation of operations) {
        await fc.assert(
          fc.asyncProperty(readRequests(operation, ids), async (request) => {
            const response = await t.app.inject({
              method: "GET",
              url: request.url,
              headers: request.signedIn ? owner.headers : {},
            });
            const where = `GET ${request.url.slice(0, 200)} (${request.kind})`;
            expect(response.statusCode, `${where}: ${response.body.slice(0, 300)}`).toBeLessThan(
              500,
            );
            if (request.mustRefuse || response.statusCode >= 400) {
              expectRefusal(response, { kind: where, url: request.url });
            }
          }),
          { numRuns: 40 },
        );
      }
      expect(await databaseState(t)).toEqual(before);
      expect(t.mails.length).toBe(mailsBefore);
    });

    it("refuses a cursor no list issued with 422 on every list", async () => {
      const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      const lists = readOperations(doc).filter((o) => o.query.some((q) => q.name === "cursor"));
      expect(lists.length).toBeGreaterThanOrEqual(5);
      for (const list of lists) {
        const path = list.path.replace(
          /\{(\w+)\}/g,
          (_m, name: string) => ids[valueFor(list.path, name)],
        );
        for (const [label, cursor] of cursorsNoListIssues) {
          const response = await t.app.inject({
            method: "GET",
            url: `${path}?cursor=${encodeURIComponent(cursor)}`,
            headers: owner.headers,
          });
          expectRefusal(response, { kind: `${list.path} with ${label}`, url: path });
          expect(response.statusCode, `${list.path} with ${label}`).toBe(422);
        }
      }
    });

    it.each(writeRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
      "%s answers bad input with a 4xx problem and writes nothing",
      async (_name, target) => {
        const before = await databaseState(t);
        const mailsBefore = t.mails.length;
        await fc.assert(
          fc.asyncProperty(badRequests(target, ids), async (request) => {
            const response = await t.app.inject({
              method: target.method,
              url: request.url,
              headers: {
                ...owner.headers,
                ...(request.contentType ? { "content-type": request.contentType } : {}),
              },
              ...(request.body === undefined ? {} : { payload: request.body }),
            });
            expectRefusal(response, request);
            expect(await databaseState(t)).toEqual(before);
          }),
          { numRuns: 50 },
        );
        expect(t.mails.length).toBe(mailsBefore);
      },
    );

    it("accepts each route's well-formed request, so the refusals are down to the input", async () => {
      const send = (target: WriteRoute, as: SignedIn, body?: Json, contentType?: string) =>
        t.app.inject({
          method: target.method,
          url: target.url(ids),
          headers: { ...as.headers, ...(contentType ? { "content-type": contentType } : {}) },
          ...(body === undefined ? {} : { payload: body }),
        });
      const find = (method: Method, path: string) => {
        const found = writeRoutes.find((r) => r.method === method && r.path === path);
        if (!found) throw new Error(`no route ${method} ${path}`);
        return found;
      };
      const acceptBody = { token: tokenFrom(t.mails.lastTo(invitee.email)?.link) };
      const inOrder: [WriteRoute, SignedIn, Json | undefined, string | undefined][] = [
        [find("POST", "/api/v1/organizations"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/organizations/:id"), owner, undefined, undefined],
        [find("PUT", "/api/v1/organizations/:id/logo"), owner, pngBytes, "image/png"],
        [find("PATCH", "/api/v1/organizations/:id/members/:userId"), owner, undefined, undefined],
        [find("POST", "/api/v1/organizations/:id/invitations"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/me/preferences"), owner, undefined, undefined],
        [find("PUT", "/api/v1/admin/organizations/:id/verification"), owner, undefined, undefined],
        [find("POST", "/api/v1/invitations/accept"), invitee, acceptBody, undefined],
        [find("DELETE", "/api/v1/organizations/:id/members/:userId"), owner, undefined, undefined],
        [find("POST", "/api/v1/coalitions"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/coalitions/:id"), owner, undefined, undefined],
        [find("PUT", "/api/v1/coalitions/:id/charter"), owner, undefined, undefined],
        [find("POST", "/api/v1/coalitions/:id/invitations"), owner, undefined, undefined],
        [find("POST", "/api/v1/coalitions/:id/applications"), owner, undefined, undefined],
        [
          find("POST", "/api/v1/coalitions/:id/members/:organizationId/:action"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("PATCH", "/api/v1/coalitions/:id/members/:organizationId"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("PUT", "/api/v1/coalitions/:id/members/:organizationId/representatives"),
          owner,
          undefined,
          undefined,
        ],
        [find("POST", "/api/v1/coalitions/:id/proposals"), owner, undefined, undefined],
        [find("PUT", "/api/v1/proposals/:id/stances/:organizationId"), owner, undefined, undefined],
        [find("POST", "/api/v1/proposals/:id/close"), owner, undefined, undefined],
        [find("PUT", "/api/v1/proposals/:id/outcome"), owner, undefined, undefined],
        [find("POST", "/api/v1/coalitions/:id/meetings"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/meetings/:id"), owner, undefined, undefined],
        [
          find("PUT", "/api/v1/meetings/:id/attendance/:organizationId"),
          owner,
          undefined,
          undefined,
        ],
        [find("PUT", "/api/v1/meetings/:id/minutes"), owner, undefined, undefined],
        [find("POST", "/api/v1/coalitions/:id/action-items"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/action-items/:id"), owner, undefined, undefined],
        [find("POST", "/api/v1/coalitions/:id/threads"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/threads/:id"), owner, undefined, undefined],
        [find("POST", "/api/v1/threads/:id/comments"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/comments/:id"), owner, undefined, undefined],
        [find("DELETE", "/api/v1/comments/:id"), owner, undefined, undefined],
        [find("POST", "/api/v1/me/calendar-token"), owner, undefined, undefined],
        [find("DELETE", "/api/v1/me/calendar-token"), owner, undefined, undefined],
        [find("DELETE", "/api/v1/me/sessions/:sessionId"), owner, undefined, undefined],
        [find("POST", "/api/v1/me/notifications/read"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/me/notification-settings"), owner, undefined, undefined],
        [find("POST", "/api/v1/discovery/matches"), owner, undefined, undefined],
        [find("POST", "/api/v1/discovery/team"), owner, undefined, undefined],
        [find("POST", "/api/v1/discovery/suggestions"), owner, undefined, undefined],
        [find("POST", "/api/v1/discovery/team/invitations"), owner, undefined, undefined],
        [find("POST", "/api/v1/discovery/needs"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/discovery/needs/:id"), owner, undefined, undefined],
        [find("DELETE", "/api/v1/discovery/needs/:id"), owner, undefined, undefined],
        [find("POST", "/api/v1/campaigns"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/campaigns/:id"), owner, undefined, undefined],

        // ── campaign objectives: its routes in an order that succeeds ──
        [find("POST", "/api/v1/campaigns/:id/objectives"), owner, undefined, undefined],
        [
          find("PATCH", "/api/v1/campaigns/:id/objectives/:objectiveId"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("POST", "/api/v1/campaigns/:id/objectives/:objectiveId/progress"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId/progress/:progressId"),
          owner,
          undefined,
          undefined,
        ],
        [
          {
            ...find("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId"),
            url: (i: Ids) =>
              find("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId").url(i, {
                param: "objectiveId",
                value: (i as Ids & { spareObjectiveId: string }).spareObjectiveId,
              }),
          },
          owner,
          undefined,
          undefined,
        ],
        // ── end of campaign objectives ──

        // ── campaign stakeholders: its routes in an order that succeeds ──
        [find("POST", "/api/v1/campaigns/:id/stakeholders"), owner, undefined, undefined],
        [
          find("PATCH", "/api/v1/campaigns/:id/stakeholders/:stakeholderId"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("POST", "/api/v1/campaigns/:id/stakeholders/:stakeholderId/moves"),
          owner,
          undefined,
          undefined,
        ],
        [find("POST", "/api/v1/campaigns/:id/stakeholder-links"), owner, undefined, undefined],
        [
          find("DELETE", "/api/v1/campaigns/:id/stakeholder-links/:linkId"),
          owner,
          undefined,
          undefined,
        ],
        [find("POST", "/api/v1/campaigns/:id/stakeholders/kumu"), owner, undefined, undefined],
        [
          find("DELETE", "/api/v1/campaigns/:id/stakeholders/:stakeholderId"),
          owner,
          undefined,
          undefined,
        ],
        // ── end of campaign stakeholders ──

        // ── campaign workplan: its routes in an order that succeeds ──
        [find("POST", "/api/v1/campaigns/:id/activities"), owner, undefined, undefined],
        [
          find("PATCH", "/api/v1/campaigns/:id/activities/:activityId"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("POST", "/api/v1/campaigns/:id/activities/:activityId/action-item"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("DELETE", "/api/v1/campaigns/:id/activities/:activityId"),
          owner,
          undefined,
          undefined,
        ],
        // ── end of campaign workplan ──

        // ── campaign messages: its routes in an order that succeeds ──
        [find("POST", "/api/v1/campaigns/:id/messages"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/campaigns/:id/messages/:messageId"), owner, undefined, undefined],
        [
          find("PUT", "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("DELETE", "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId"),
          owner,
          undefined,
          undefined,
        ],
        [find("POST", "/api/v1/campaigns/:id/stories"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/campaigns/:id/stories/:storyId"), owner, undefined, undefined],
        [
          find("POST", "/api/v1/campaigns/:id/stories/:storyId/withdraw"),
          owner,
          undefined,
          undefined,
        ],
        [find("DELETE", "/api/v1/campaigns/:id/messages/:messageId"), owner, undefined, undefined],
        // ── end of campaign messages ──

        // ── campaign resources: its routes in an order that succeeds ──
        // The fund monitor is the owner's organisation (PATCH /api/v1/campaigns/:id above). The
        // line and the entry cannot also be deleted here: the line has spending, and a confirmed
        // entry is kept (resources.test.ts and the access table show both deletions succeed).
        [find("POST", "/api/v1/campaigns/:id/pledges"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/campaigns/:id/pledges/:pledgeId"), owner, undefined, undefined],
        [find("DELETE", "/api/v1/campaigns/:id/pledges/:pledgeId"), owner, undefined, undefined],
        [find("POST", "/api/v1/campaigns/:id/budget-lines"), owner, undefined, undefined],
        [
          find("PATCH", "/api/v1/campaigns/:id/budget-lines/:budgetLineId"),
          owner,
          undefined,
          undefined,
        ],
        [find("POST", "/api/v1/campaigns/:id/spending"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/campaigns/:id/spending/:spendingId"), owner, undefined, undefined],
        [
          find("POST", "/api/v1/campaigns/:id/spending/:spendingId/query"),
          owner,
          undefined,
          undefined,
        ],
        [
          find("POST", "/api/v1/campaigns/:id/spending/:spendingId/confirm"),
          owner,
          undefined,
          undefined,
        ],
        // ── end of campaign resources ──

        // ── campaign outcomes: its routes in an order that succeeds ──
        [find("POST", "/api/v1/campaigns/:id/outcomes"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/campaigns/:id/outcomes/:outcomeId"), owner, undefined, undefined],
        // The review is written once the campaign is closed.
        [find("PATCH", "/api/v1/campaigns/:id"), owner, { status: "closed" }, undefined],
        [find("PUT", "/api/v1/campaigns/:id/review"), owner, undefined, undefined],
        [find("DELETE", "/api/v1/campaigns/:id/outcomes/:outcomeId"), owner, undefined, undefined],
        // ── end of campaign outcomes ──

        // ── joint statements: answers on the first version, then a new one, then publishing ──
        [find("POST", "/api/v1/coalitions/:id/statements"), owner, undefined, undefined],
        [find("POST", "/api/v1/statements/:id/answers"), owner, undefined, undefined],
        [find("POST", "/api/v1/statement-invitations/:token/answers"), owner, undefined, undefined],
        [find("POST", "/api/v1/statements/:id/invitation"), owner, undefined, undefined],
        [find("PATCH", "/api/v1/statements/:id"), owner, undefined, undefined],
        [find("POST", "/api/v1/statements/:id/versions"), owner, undefined, undefined],
        [find("POST", "/api/v1/statements/:id/publish"), owner, undefined, undefined],
        // ── end of joint statements ──
        // ── risk assessments: their routes in an order that succeeds ──
        ...(
          [
            ["POST", "/api/v1/coalitions/:id/risk-assessments"],
            ["PUT", "/api/v1/risk-assessments/:id/responses/:organizationId"],
            ["POST", "/api/v1/risk-assessments/:id/mitigations"],
            ["PATCH", "/api/v1/mitigations/:id"],
            ["POST", "/api/v1/risk-assessments/:id/decision"],
          ] as const
        ).map(([method, path]): [WriteRoute, SignedIn, undefined, undefined] => [
          find(method, path),
          owner,
          undefined,
          undefined,
        ]),
        // ── end of risk assessments ──
      ];
      for (const [target, as, body, contentType] of inOrder) {
        const response = await send(
          target,
          as,
          body ?? (target.validBody && fill(target.validBody, ids)),
          contentType,
        );
        expect(
          response.statusCode,
          `${target.method} ${target.path}: ${response.body}`,
        ).toBeLessThan(300);
      }
      // The invitation was accepted above, so revoking it is refused; a fresh one can be revoked.
      const fresh = await t.app.inject({
        method: "POST",
        url: `/api/v1/organizations/${ids.organizationId}/invitations`,
        headers: owner.headers,
        payload: { email: "someone.else@example.org" },
      });
      const revoke = find("DELETE", "/api/v1/organizations/:id/invitations/:invitationId");
      const revoked = await send(revoke, owner);
      expect(revoked.statusCode).toBe(409);
      const revokedFresh = await t.app.inject({
        method: "DELETE",
        url: revoke.url({ ...ids, invitationId: fresh.json().id }),
        headers: owner.headers,
      });
      expect(revokedFresh.statusCode, revokedFresh.body).toBe(204);
    });

    // Fastify answers these while routing, before the error handler; they must still be problems.
    it.each([
      ["a path segment over 200 characters", `/api/v1/organizations/${"a".repeat(201)}`, 414],
      ["a path that does not percent-decode", "/api/v1/organizations/%E0%A4%A", 400],
    ])("answers %s with a problem", async (_label, url, status) => {
      const response = await t.app.inject({ method: "PATCH", url, headers: owner.headers });
      expectRefusal(response, { kind: "routing", url });
      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({ instance: url });
    });
  });
}
