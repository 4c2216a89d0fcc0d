import { expect } from "vitest";
import { users } from "../modules/auth/auth.table.ts";
import {
  type Case,
  type Expected,
  type PrepareContext,
  convenerOnly,
  coalitionUrl,
  everyone,
  membersOf,
  secretCoalition,
  signedIn,
  text,
  unknownOutside,
  otherJoins,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

const hour = 3_600_000;

/** A meeting the convener planned; a negative `startsInHours` has it under way (minutes, presence). */
async function meeting({ t, world, owner }: PrepareContext, startsInHours = 24) {
  const startsAt = new Date(Date.now() + startsInHours * hour);
  const made = await call(t, "POST", coalitionUrl(world, "/meetings"), {
    as: owner,
    payload: {
      title: "Coordination meeting",
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * hour).toISOString(),
      timeZone: "Africa/Nairobi",
      onlineUrl: "https://meet.example.org/coordination",
      agenda: text("Access and advocacy."),
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { id: string }).id;
}

async function actionItem(context: PrepareContext, ownerOrganizationId: string) {
  const made = await call(context.t, "POST", coalitionUrl(context.world, "/action-items"), {
    as: context.owner,
    payload: { title: "Draft the joint letter", ownerOrganizationId, dueDate: "2030-01-31" },
  });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { id: string }).id;
}

async function calendarToken({ t, owner }: PrepareContext) {
  const made = await call(t, "POST", "/api/v1/me/calendar-token", { as: owner });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { token: string }).token;
}

/** The other organisation's representative and the convener side both act; its colleagues do not. */
const convenerOrOther = (status: number): Expected => ({
  ...convenerOnly(status),
  otherOrgMember: status,
});

/** Meetings, their attendance, minutes and action items, and the calendar feed. */
export const meetingCases: Case[] = [
  {
    route: "POST /api/v1/coalitions/{id}/meetings",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/meetings"),
      payload: {
        title: "Planning meeting",
        startsAt: "2030-01-15T10:00:00+01:00",
        endsAt: "2030-01-15T12:00:00+01:00",
        timeZone: "Europe/Paris",
        location: "Geneva",
      },
    }),
    // Members and admins of the convening organisation read, but only its representative plans.
    expected: convenerOnly(201),
  },
  {
    route: "POST /api/v1/coalitions/{id}/meetings",
    variant: "secret",
    coalition: "secret",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/meetings"),
      payload: {
        title: "Planning meeting",
        startsAt: "2030-01-15T10:00:00+01:00",
        endsAt: "2030-01-15T12:00:00+01:00",
        timeZone: "Europe/Paris",
        location: "Geneva",
      },
    }),
    expected: { ...convenerOnly(201), otherOrgMember: 404, platformAdmin: 404 },
  },
  {
    route: "GET /api/v1/coalitions/{id}/meetings",
    coalition: "unlisted",
    prepare: async (c) => ({ meetingId: await meeting(c) }),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/meetings?when=upcoming") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/meetings",
    variant: "secret",
    coalition: "secret",
    prepare: async (c) => ({ meetingId: await meeting(c) }),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/meetings") }),
    expected: secretCoalition(200),
  },
  {
    route: "GET /api/v1/meetings/{id}",
    coalition: "unlisted",
    prepare: async (c) => ({ meetingId: await meeting(c) }),
    request: (w) => ({ method: "GET", url: `/api/v1/meetings/${w.extra.meetingId}` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/meetings/{id}",
    variant: "secret",
    coalition: "secret",
    prepare: async (c) => ({ meetingId: await meeting(c) }),
    request: (w) => ({ method: "GET", url: `/api/v1/meetings/${w.extra.meetingId}` }),
    expected: secretCoalition(200),
  },
  {
    route: "PATCH /api/v1/meetings/{id}",
    coalition: "unlisted",
    prepare: async (c) => ({ meetingId: await meeting(c) }),
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/meetings/${w.extra.meetingId}`,
      payload: { status: "cancelled" },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PUT /api/v1/meetings/{id}/attendance/{organizationId}",
    coalition: "unlisted",
    prepare: async (c) => ({ meetingId: await meeting(c, -1) }),
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/meetings/${w.extra.meetingId}/attendance/${w.orgId}`,
      payload: { status: "present" },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PUT /api/v1/meetings/{id}/attendance/{organizationId}",
    variant: "a member organisation records its own",
    coalition: "unlisted",
    prepare: async (c) => {
      await otherJoins(c);
      return { meetingId: await meeting(c) };
    },
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/meetings/${w.extra.meetingId}/attendance/${w.otherOrgId}`,
      payload: { status: "apologies" },
    }),
    expected: unknownOutside(convenerOrOther(200), "write", ["platformAdmin"]),
  },
  {
    route: "PUT /api/v1/meetings/{id}/minutes",
    coalition: "unlisted",
    prepare: async (c) => ({ meetingId: await meeting(c, -3) }),
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/meetings/${w.extra.meetingId}/minutes`,
      payload: {
        minutes: text("We agreed to write to the ministry."),
        decisions: [{ text: text("Write to the ministry.") }],
      },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "POST /api/v1/coalitions/{id}/action-items",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/action-items"),
      payload: { title: "Book the room", ownerOrganizationId: w.orgId, dueDate: "2030-02-01" },
    }),
    expected: convenerOnly(201),
  },
  {
    route: "GET /api/v1/coalitions/{id}/action-items",
    coalition: "unlisted",
    prepare: async (c) => ({ actionItemId: await actionItem(c, c.world.orgId) }),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/action-items?overdue=false") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/action-items/{id}",
    coalition: "unlisted",
    prepare: async (c) => ({ actionItemId: await actionItem(c, c.world.orgId) }),
    request: (w) => ({ method: "GET", url: `/api/v1/action-items/${w.extra.actionItemId}` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/action-items/{id}",
    variant: "secret",
    coalition: "secret",
    prepare: async (c) => ({ actionItemId: await actionItem(c, c.world.orgId) }),
    request: (w) => ({ method: "GET", url: `/api/v1/action-items/${w.extra.actionItemId}` }),
    expected: secretCoalition(200),
  },
  {
    route: "PATCH /api/v1/action-items/{id}",
    variant: "the owner organisation or the convener moves its status",
    coalition: "unlisted",
    prepare: async (c) => {
      await otherJoins(c);
      return { actionItemId: await actionItem(c, c.world.otherOrgId) };
    },
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/action-items/${w.extra.actionItemId}`,
      payload: { status: "in_progress" },
    }),
    expected: unknownOutside(convenerOrOther(200), "write", ["platformAdmin"]),
  },
  {
    route: "PATCH /api/v1/action-items/{id}",
    variant: "only the convener changes the due date",
    coalition: "unlisted",
    prepare: async (c) => {
      await otherJoins(c);
      return { actionItemId: await actionItem(c, c.world.otherOrgId) };
    },
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/action-items/${w.extra.actionItemId}`,
      payload: { dueDate: "2030-03-01" },
    }),
    expected: unknownOutside(convenerOnly(200), "write", ["platformAdmin"]),
  },
  {
    route: "GET /api/v1/coalitions/{id}/calendar.ics",
    coalition: "unlisted",
    prepare: async (c) => ({ meetingId: await meeting(c) }),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/calendar.ics") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/calendar.ics",
    variant: "secret",
    coalition: "secret",
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/calendar.ics") }),
    expected: secretCoalition(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/calendar.ics",
    variant: "with the convener's personal token, whoever else is signed in",
    coalition: "secret",
    prepare: async (c) => ({ token: await calendarToken(c) }),
    request: (w) => ({
      method: "GET",
      url: coalitionUrl(w, `/calendar.ics?token=${w.extra.token}`),
    }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/calendar.ics",
    variant: "with a revoked token",
    coalition: "unlisted",
    prepare: async (c) => {
      const token = await calendarToken(c);
      const revoked = await call(c.t, "DELETE", "/api/v1/me/calendar-token", { as: c.owner });
      expect(revoked.statusCode, revoked.body).toBe(204);
      return { token };
    },
    request: (w) => ({
      method: "GET",
      url: coalitionUrl(w, `/calendar.ics?token=${w.extra.token}`),
    }),
    expected: everyone(401),
  },
  {
    route: "POST /api/v1/me/calendar-token",
    request: () => ({ method: "POST", url: "/api/v1/me/calendar-token" }),
    expected: signedIn(201),
  },
  {
    route: "DELETE /api/v1/me/calendar-token",
    // Everyone holds a token first, so each revocation has something to revoke.
    prepare: async ({ t }) => {
      for (const { id } of await t.services.db.select({ id: users.id }).from(users)) {
        await t.services.calendar.issueToken({
          userId: id,
          name: "",
          email: "",
          isPlatformAdmin: false,
        });
      }
      return {};
    },
    request: () => ({ method: "DELETE", url: "/api/v1/me/calendar-token" }),
    expected: signedIn(204),
  },
];
