import { afterAll, beforeAll, expect } from "vitest";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { Comment, CommentList, Thread, ThreadList } from "../../../shared/discussions.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { type Backend, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { addMember, call } from "../../test/org-helpers.ts";

export const text = (en: string) => ({ original: "en", texts: { en } });
const charter = {
  purpose: text("Protect humanitarian access and document abuses."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination" as const,
};
export const minute = 60_000;

/**
 * A public coalition convened by Access Monitor, with a co-lead, a member (whose colleague
 * does not represent it), an observer, a bystander member, a suspended member, an outsider
 * and a secret coalition; built once per test file, with helpers to call the API.
 */
export function useDiscussionWorld(backend: Backend) {
  const clock = new TestClock(new Date());
  let t: TestApp;
  const people = {} as Record<
    | "convener"
    | "coLead"
    | "partner"
    | "partnerColleague"
    | "observer"
    | "bystander"
    | "suspended"
    | "outsider",
    SignedIn
  >;
  const org = {} as Record<
    "convener" | "coLead" | "partner" | "observer" | "bystander" | "suspended" | "outsider",
    string
  >;
  let coalitionId: string;
  let secretCoalitionId: string;

  async function makeCoalition(visibility: "public" | "secret") {
    const created = await call(t, "POST", "/api/v1/coalitions", {
      as: people.convener,
      payload: { organizationId: org.convener, name: `Access ${visibility}`, visibility, charter },
    });
    expect(created.statusCode, created.body).toBe(201);
    return Coalition.parse(created.json()).id;
  }

  async function join(id: string, orgId: string, as: SignedIn, role = "member") {
    const invited = await call(t, "POST", `/api/v1/coalitions/${id}/invitations`, {
      as: people.convener,
      payload: { organizationId: orgId, role },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const accepted = await call(t, "POST", `/api/v1/coalitions/${id}/members/${orgId}/accept`, {
      as,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    const labels = [
      "convener",
      "coLead",
      "partner",
      "observer",
      "bystander",
      "suspended",
      "outsider",
    ];
    for (const label of labels as (keyof typeof org)[]) {
      people[label] = await signedInUser(t, label);
    }
    people.partnerColleague = await signedInUser(t, "partner-colleague");
    org.convener = await createOrganization(t, people.convener, { name: "Access Monitor" });
    org.coLead = await createOrganization(t, people.coLead, { name: "Camp Committees" });
    org.partner = await createOrganization(t, people.partner, { name: "Faith Relief" });
    org.observer = await createOrganization(t, people.observer, { name: "UN Liaison" });
    org.bystander = await createOrganization(t, people.bystander, { name: "Bystander Group" });
    org.suspended = await createOrganization(t, people.suspended, { name: "Dormant Group" });
    org.outsider = await createOrganization(t, people.outsider, { name: "Elsewhere" });
    await addMember(t, org.partner, people.partnerColleague.userId, "member");

    coalitionId = await makeCoalition("public");
    await join(coalitionId, org.coLead, people.coLead, "co_lead");
    await join(coalitionId, org.partner, people.partner);
    await join(coalitionId, org.observer, people.observer, "observer");
    await join(coalitionId, org.bystander, people.bystander);
    await join(coalitionId, org.suspended, people.suspended);
    const suspended = await call(
      t,
      "POST",
      `/api/v1/coalitions/${coalitionId}/members/${org.suspended}/suspend`,
      { as: people.convener },
    );
    expect(suspended.statusCode, suspended.body).toBe(200);
    secretCoalitionId = await makeCoalition("secret");
  });
  afterAll(async () => {
    await t?.close();
  });

  async function openThread(
    payload: Record<string, unknown>,
    as = people.partner,
    id = coalitionId,
  ) {
    const response = await call(t, "POST", `/api/v1/coalitions/${id}/threads`, {
      as,
      payload: { organizationId: org.partner, title: "Access to the northern camps", ...payload },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Thread.parse(response.json());
  }
  const postComment = (threadId: string, as: SignedIn | null, payload: Record<string, unknown>) =>
    call(t, "POST", `/api/v1/threads/${threadId}/comments`, { as, payload });
  async function comment(
    threadId: string,
    as: SignedIn,
    orgId: string,
    body: string,
    mentions: string[] = [],
  ) {
    const response = await postComment(threadId, as, {
      organizationId: orgId,
      text: body,
      mentions,
    });
    expect(response.statusCode, response.body).toBe(201);
    return Comment.parse(response.json());
  }
  async function comments(threadId: string, as: SignedIn = people.convener, query = "") {
    const response = await call(t, "GET", `/api/v1/threads/${threadId}/comments${query}`, { as });
    expect(response.statusCode, response.body).toBe(200);
    return CommentList.parse(response.json());
  }
  async function threads(as: SignedIn, query = "") {
    const response = await call(t, "GET", `/api/v1/coalitions/${coalitionId}/threads${query}`, {
      as,
    });
    expect(response.statusCode, response.body).toBe(200);
    return ThreadList.parse(response.json());
  }
  const raiseConcern = (participants: string[], as = people.partner, orgId = org.partner) =>
    openThread(
      {
        organizationId: orgId,
        kind: "concern",
        title: "Public statement would endanger access",
        concern: {
          problem: text("A joint denunciation would cost us access to the camps."),
          endGoal: text("Speak out without losing humanitarian access."),
          potentialAllies: text("The camp committees; the regional ombudsperson."),
          participants,
        },
      },
      as,
    );

  return {
    get t() {
      return t;
    },
    clock,
    people,
    org,
    get coalitionId() {
      return coalitionId;
    },
    get secretCoalitionId() {
      return secretCoalitionId;
    },
    openThread,
    postComment,
    comment,
    comments,
    threads,
    raiseConcern,
  };
}
