import { expect } from "vitest";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { Meeting } from "../../../shared/meetings.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import type { TestApp } from "../../test/harness.ts";
import { addMember, call } from "../../test/org-helpers.ts";

export const text = (en: string) => ({ original: "en", texts: { en } });
export const hour = 3_600_000;
const charter = {
  purpose: text("Protect humanitarian access together."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination" as const,
};

export type Roles = "convener" | "coLead" | "partner" | "observer" | "suspended" | "outsider";

/**
 * A coalition with one organisation in each role: convener, co-lead, member (whose colleague
 * is not a representative), observer, suspended member; and an outsider organisation.
 */
export async function coalitionWithEveryRole(
  t: TestApp,
  options: { visibility?: "public" | "unlisted" | "secret" } = {},
) {
  const people = {} as Record<Roles | "partnerColleague", SignedIn>;
  const org = {} as Record<Roles, string>;
  const names: Record<Roles, string> = {
    convener: "Access Watch",
    coLead: "Sahel Relief Network",
    partner: "Red de Derechos",
    observer: "UN Liaison Office",
    suspended: "Dormant Group",
    outsider: "Elsewhere Trust",
  };
  for (const role of Object.keys(names) as Roles[]) {
    people[role] = await signedInUser(t, role);
    org[role] = await createOrganization(t, people[role], { name: names[role] });
  }
  people.partnerColleague = await signedInUser(t, "partner-colleague");
  await addMember(t, org.partner, people.partnerColleague.userId, "member");

  const created = await call(t, "POST", "/api/v1/coalitions", {
    as: people.convener,
    payload: {
      organizationId: org.convener,
      name: "Access Coalition",
      visibility: options.visibility ?? "public",
      charter,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const coalitionId = Coalition.parse(created.json()).id;
  const join = async (role: Roles, as: string) => {
    const invited = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
      as: people.convener,
      payload: { organizationId: org[role], role: as },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const accepted = await call(
      t,
      "POST",
      `/api/v1/coalitions/${coalitionId}/members/${org[role]}/accept`,
      { as: people[role] },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
  };
  await join("coLead", "co_lead");
  await join("partner", "member");
  await join("observer", "observer");
  await join("suspended", "member");
  const suspended = await call(
    t,
    "POST",
    `/api/v1/coalitions/${coalitionId}/members/${org.suspended}/suspend`,
    { as: people.convener },
  );
  expect(suspended.statusCode, suspended.body).toBe(200);
  return { people, org, names, coalitionId };
}

/** A meeting payload: 10:00–12:00 in Paris on the given day, in person and online. */
export function parisMeeting(day: string, overrides: Record<string, unknown> = {}) {
  const offset = parisOffset(day);
  return {
    title: "Quarterly coordination meeting",
    startsAt: `${day}T10:00:00${offset}`,
    endsAt: `${day}T12:00:00${offset}`,
    timeZone: "Europe/Paris",
    location: "Salle 3, Maison des associations",
    onlineUrl: "https://meet.example.org/access-coalition",
    agenda: {
      original: "fr",
      texts: { fr: "1. Accès humanitaire\n2. Plaidoyer", en: "1. Access\n2. Advocacy" },
    },
    ...overrides,
  };
}

/** Paris is one hour ahead of UTC in winter and two in summer (last Sunday of March to October). */
function parisOffset(day: string) {
  const month = Number(day.slice(5, 7));
  return month > 3 && month < 10 ? "+02:00" : "+01:00";
}

export async function planMeeting(
  t: TestApp,
  as: SignedIn,
  coalitionId: string,
  payload: Record<string, unknown>,
) {
  const response = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/meetings`, {
    as,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return Meeting.parse(response.json());
}

/** An ISO day `days` from the clock's today. */
export const dayFrom = (now: Date, days: number) =>
  new Date(now.getTime() + days * 24 * hour).toISOString().slice(0, 10);
