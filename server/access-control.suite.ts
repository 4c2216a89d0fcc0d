import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, type SignedIn, signedInUser, uniqueEmail } from "./test/actors.ts";
import { campaignCases } from "./test/access-cases-campaigns.ts";
import { statementCases } from "./test/access-cases-statements.ts";
import { coalitionCases } from "./test/access-cases-coalitions.ts";
import { discoveryCases } from "./test/access-cases-discovery.ts";
import { discussionCases } from "./test/access-cases-discussions.ts";
import { meetingCases } from "./test/access-cases-meetings.ts";
import { networkCases } from "./test/access-cases-network.ts";
import { notificationCases } from "./test/access-cases-notifications.ts";
import { organizationCases } from "./test/access-cases-organizations.ts";
import { recordCases } from "./test/access-cases-records.ts";
import { keyCases } from "./test/access-cases-keys.ts";
import { riskCases } from "./test/access-cases-risk.ts";
import { agreementCases } from "./test/access-cases-agreements.ts";
import {
  type Case,
  type Caller,
  type Expected,
  type Request,
  type World,
  callers,
  charter,
} from "./test/access-policy.ts";
import { type Backend, createTestApp, type TestApp } from "./test/harness.ts";
import { newId } from "./lib/ids.ts";
import {
  addMember,
  call,
  databaseState,
  scannedDatabaseState,
  expectProblem,
  pngBytes,
  tokenFrom,
  withoutAudit,
} from "./test/org-helpers.ts";

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The request with its n-th id (in the URL, then the body) replaced by one nobody knows. */
function withUnknownId(request: Request, n: number): Request | null {
  const body = typeof request.payload === "object" && !Buffer.isBuffer(request.payload);
  const payload = body ? JSON.stringify(request.payload) : "";
  const ids = [...request.url.matchAll(uuid), ...payload.matchAll(uuid)].map((m) => m[0]);
  const target = ids[n];
  if (!target) return null;
  const unknown = newId();
  const inUrl = n < [...request.url.matchAll(uuid)].length;
  return inUrl
    ? { ...request, url: request.url.replace(target, unknown) }
    : {
        ...request,
        payload: JSON.parse(payload.replace(target, unknown)) as Record<string, unknown>,
      };
}

/** A refusal's body, apart from where it was asked (its `instance` echoes the URL). */
const refusalOf = (response: { statusCode: number; json(): unknown }) => ({
  status: response.statusCode,
  body: { ...(response.json() as Record<string, unknown>), instance: undefined },
});

/**
 * The table: who may call what (server/test/access-policy.ts and the case files), in two
 * halves that run in their own files, each on its own database: a refusal is checked to leave
 * every table as it was, and that check reads every row, so one database holding every world
 * made the table's time grow with the square of its length.
 */
const halves: Record<"people and coalitions" | "campaigns and what they say", Case[]> = {
  "people and coalitions": [
    ...organizationCases,
    ...coalitionCases,
    ...meetingCases,
    ...discussionCases,
    ...notificationCases,
    ...discoveryCases,
    ...networkCases,
  ],
  "campaigns and what they say": [
    ...campaignCases,
    ...statementCases,
    ...riskCases,
    ...recordCases,
    ...agreementCases,
    ...keyCases,
  ],
};
export type AccessHalf = keyof typeof halves;
const cases: Case[] = Object.values(halves).flat();

export function accessControlSuite(backend: Backend, half: AccessHalf) {
  describe(`access control on ${backend}: ${half}`, () => {
    let t: TestApp;
    let people: Record<Exclude<Caller, "anonymous">, SignedIn> & {
      target: SignedIn;
      invitee: string;
    };
    let otherOrgId: string;

    beforeAll(async () => {
      t = await createTestApp(backend);
      const otherOrgMember = await signedInUser(t, "other-org-member");
      otherOrgId = await createOrganization(t, otherOrgMember, { name: "Another Organisation" });
      people = {
        otherOrgMember,
        member: await signedInUser(t, "member"),
        admin: await signedInUser(t, "admin"),
        owner: await signedInUser(t, "owner"),
        platformAdmin: await signedInUser(t, "platform-admin", { isPlatformAdmin: true }),
        target: await signedInUser(t, "target"),
        invitee: uniqueEmail("invitee"),
      };
    });
    afterAll(async () => {
      await t?.close();
    });

    /** A fresh target organisation with its people, an open invitation and, if asked, a logo. */
    async function world(c: Case): Promise<World> {
      const { owner, admin, member, target } = people;
      const orgId = await createOrganization(t, owner, {
        name: "Target Organisation",
        hiddenFromDirectory: c.hidden === true,
      });
      await addMember(t, orgId, admin.userId, "admin");
      await addMember(t, orgId, member.userId, "member");
      await addMember(t, orgId, target.userId, c.targetRole ?? "member");
      const invited = await call(t, "POST", `/api/v1/organizations/${orgId}/invitations`, {
        as: owner,
        payload: { email: people.invitee, role: "member" },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      if (c.withLogo) {
        const logo = await call(t, "PUT", `/api/v1/organizations/${orgId}/logo`, {
          as: owner,
          payload: pngBytes,
          headers: { "content-type": "image/png" },
        });
        expect(logo.statusCode, logo.body).toBe(200);
      }
      let coalitionId = "";
      if (c.coalition) {
        const created = await call(t, "POST", "/api/v1/coalitions", {
          as: owner,
          payload: { organizationId: orgId, name: "Civic Space", visibility: c.coalition, charter },
        });
        expect(created.statusCode, created.body).toBe(201);
        coalitionId = (created.json() as { id: string }).id;
        if (c.invitesOther) {
          const invitedOther = await call(
            t,
            "POST",
            `/api/v1/coalitions/${coalitionId}/invitations`,
            {
              as: owner,
              payload: { organizationId: otherOrgId },
            },
          );
          expect(invitedOther.statusCode, invitedOther.body).toBe(201);
        }
      }
      let proposalId = "";
      if (c.proposal) {
        const put = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
          as: owner,
          payload: {
            organizationId: orgId,
            title: "Adopt the joint statement",
            rules: { kind: "consent", quorum: 0 },
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        });
        expect(put.statusCode, put.body).toBe(201);
        proposalId = (put.json() as { id: string }).id;
        if (c.proposal === "closed") {
          const closed = await call(t, "POST", `/api/v1/proposals/${proposalId}/close`, {
            as: owner,
          });
          expect(closed.statusCode, closed.body).toBe(200);
        }
      }
      const made: World = {
        orgId,
        target,
        invitationId: (invited.json() as { id: string }).id,
        token: tokenFrom(t.mails.lastTo(people.invitee)?.link),
        coalitionId,
        otherOrgId,
        proposalId,
        extra: {},
      };
      if (c.prepare) {
        made.extra = await c.prepare({
          t,
          world: made,
          owner,
          otherOrgMember: people.otherOrgMember,
        });
      }
      return made;
    }

    it.runIf(half === "people and coalitions")("has a row for every /api/v1 route", () => {
      const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      const routes = Object.entries(doc.paths)
        .filter(([path]) => path.startsWith("/api/v1/"))
        .flatMap(([path, operations]) =>
          Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
        );

      expect(new Set(cases.map((c) => c.route))).toEqual(new Set(routes));
    });

    for (const c of halves[half]) {
      const name = `${c.route}${c.variant ? ` (${c.variant})` : ""}`;
      it(`${name} answers each caller as its policy says`, async () => {
        const actual = {} as Expected;
        // A refusal or a read is asserted below to leave every table as it was, so the next
        // caller can meet the same world; only a write that succeeded needs a fresh one.
        let w: World | null = null;
        for (const caller of callers) {
          w ??= await world(c);
          const request = c.request(w);
          const before = await databaseState(t);

          const response = await call(t, request.method, request.url, {
            as: caller === "anonymous" ? null : people[caller],
            ...(request.payload === undefined ? {} : { payload: request.payload }),
            ...(request.headers ? { headers: request.headers } : {}),
          });

          actual[caller] = response.statusCode;
          const after = await databaseState(t);
          const label = `${name} as ${caller}`;
          if (response.statusCode >= 400) {
            // A refusal explains itself as problem+json and leaves everything as it was.
            expectProblem(response, response.statusCode);
            expect(after, label).toEqual(before);
            if (response.statusCode === 404) {
              // Something the caller may not know of is refused exactly like an id nobody
              // knows: the same status and the same body, for at least one of the request's ids.
              const answers = [];
              for (let n = 0; ; n++) {
                const unknown = withUnknownId(request, n);
                if (!unknown) break;
                const refused = await call(t, unknown.method, unknown.url, {
                  as: caller === "anonymous" ? null : people[caller],
                  ...(unknown.payload === undefined ? {} : { payload: unknown.payload }),
                  ...(unknown.headers ? { headers: unknown.headers } : {}),
                });
                answers.push(refusalOf(refused));
              }
              expect(answers, `${label}: refused like an unknown id`).toContainEqual(
                refusalOf(response),
              );
              expect(await databaseState(t), label).toEqual(before);
            }
          } else {
            expect(response.headers["content-type"] ?? "", label).not.toMatch(/problem/);
            if (c.audited) expect(withoutAudit(after), label).toEqual(withoutAudit(before));
            else if (request.method === "GET" || c.readOnly) expect(after, label).toEqual(before);
            else {
              expect(after, label).not.toEqual(before);
              w = null;
            }
          }
        }
        expect(actual).toEqual(c.expected);
      });
    }

    // Each check above read the tables' fingerprints from what triggers saw written: they must
    // still be what the rows themselves give.
    it("compared states that agree with the rows themselves", async () => {
      expect(await databaseState(t)).toEqual(await scannedDatabaseState(t));
    });
  });
}
