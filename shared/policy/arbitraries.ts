import fc from "fast-check";
import { CoalitionRole, CoalitionVisibility, MembershipStatus } from "./terms.ts";
import { OrgRole } from "./terms.ts";
import type { CoalitionAction, CoalitionSubjects, ThreadFacts } from "./coalition.ts";
import type { CoalitionStanding, ViewerOrganization } from "./standing.ts";

/* Generators for the policy's property tests: standings over a few fixed organisation ids. */

export const orgIds = ["org-a", "org-b", "org-c", "org-d"] as const;
const orgId = fc.constantFrom(...orgIds);

const membership = fc.option(
  fc.record({
    role: fc.constantFrom(...CoalitionRole.options),
    status: fc.constantFrom(...MembershipStatus.options),
    represented: fc.boolean(),
  }),
  { nil: null },
);

const viewerOrganization: fc.Arbitrary<Omit<ViewerOrganization, "organizationId">> = fc.record({
  orgRole: fc.constantFrom(...OrgRole.options),
  membership,
});

export const standing: fc.Arbitrary<CoalitionStanding> = fc
  .record({
    signedIn: fc.boolean(),
    platformAdmin: fc.boolean(),
    visibility: fc.constantFrom(...CoalitionVisibility.options),
    memberListVisibility: fc.constantFrom("public" as const, "members" as const),
    organizations: fc.uniqueArray(fc.tuple(orgId, viewerOrganization), {
      maxLength: 3,
      selector: ([id]) => id,
    }),
  })
  .map((r) => ({
    viewer: r.signedIn ? { userId: "viewer", platformAdmin: r.platformAdmin } : null,
    coalition: { visibility: r.visibility, memberListVisibility: r.memberListVisibility },
    // Nobody signed out belongs to an organisation.
    organizations: r.signedIn
      ? r.organizations.map(([organizationId, o]) => ({ organizationId, ...o }))
      : [],
  }));

export const thread: fc.Arbitrary<ThreadFacts> = fc.record({
  kind: fc.constantFrom("discussion" as const, "concern" as const),
  openedFor: orgId,
  participantIds: fc.uniqueArray(orgId, { maxLength: 2 }),
  convenerSideIds: fc.uniqueArray(orgId, { maxLength: 2 }),
});

/** Any action with a subject that fits it. */
export const actionWithSubject: fc.Arbitrary<{
  action: CoalitionAction;
  subject: CoalitionSubjects[CoalitionAction];
}> = fc
  .record({
    organizationId: orgId,
    thread,
    authorId: fc.constantFrom("viewer", "someone-else", null),
    withdrawn: fc.boolean(),
    action: fc.constantFrom(...coalitionActions()),
  })
  .map(({ action, organizationId, thread: t, authorId, withdrawn }) => ({
    action,
    subject: subjectFor(action, { organizationId, thread: t, authorId, withdrawn }),
  }));

function subjectFor(
  action: CoalitionAction,
  x: { organizationId: string; thread: ThreadFacts; authorId: string | null; withdrawn: boolean },
): CoalitionSubjects[CoalitionAction] {
  switch (action) {
    case "membership.apply":
    case "membership.answer":
    case "membership.leave":
    case "membership.name":
    case "representatives.read":
    case "representatives.set":
    case "proposal.open":
    case "proposal.stance":
    case "meeting.attendance":
    case "thread.open":
    case "statement.answer":
    case "risk.answer":
      return { organizationId: x.organizationId };
    case "actionItem.status":
    case "mitigation.status":
      return { ownerOrganizationId: x.organizationId };
    case "statement.start":
    case "statement.draft":
    case "statement.readAnswers":
    case "risk.manage":
    case "risk.readMissing":
    case "fronting.recommend":
      return { leadOrganizationId: x.organizationId };
    case "thread.read":
      return { thread: x.thread };
    case "thread.update":
    case "comment.write":
      return { organizationId: x.organizationId, thread: x.thread };
    case "comment.edit":
      return {
        organizationId: x.organizationId,
        thread: x.thread,
        authorId: x.authorId,
        withdrawn: x.withdrawn,
      };
    case "comment.withdraw":
      return { thread: x.thread, authorId: x.authorId };
    case "comment.history":
      return { thread: x.thread, withdrawn: x.withdrawn };
    default:
      return undefined;
  }
}

/** Every action, listed from the subjects type so a new action cannot be forgotten here. */
export function coalitionActions(): CoalitionAction[] {
  const all: Record<CoalitionAction, true> = {
    "coalition.read": true,
    "coalition.configure": true,
    "charter.amend": true,
    "coalition.readInside": true,
    "membership.invite": true,
    "membership.decide": true,
    "membership.apply": true,
    "membership.answer": true,
    "membership.leave": true,
    "membership.name": true,
    "representatives.read": true,
    "representatives.set": true,
    "partners.search": true,
    "proposal.read": true,
    "proposal.open": true,
    "proposal.stance": true,
    "proposal.close": true,
    "proposal.outcome": true,
    "meeting.read": true,
    "meeting.plan": true,
    "meeting.manage": true,
    "meeting.attendance": true,
    "actionItem.read": true,
    "actionItem.create": true,
    "actionItem.manage": true,
    "actionItem.status": true,
    "thread.read": true,
    "thread.open": true,
    "thread.update": true,
    "comment.write": true,
    "comment.edit": true,
    "comment.withdraw": true,
    "comment.history": true,
    "statement.read": true,
    "statement.start": true,
    "statement.draft": true,
    "statement.answer": true,
    "statement.readAnswers": true,
    "risk.manage": true,
    "risk.read": true,
    "risk.answer": true,
    "risk.readMissing": true,
    "mitigation.status": true,
    "fronting.recommend": true,
  };
  return Object.keys(all) as CoalitionAction[];
}

/**
 * Writes that take part in the coalition's life, as opposed to an organisation's own
 * housekeeping (leaving, naming, representatives) and an author taking their words down.
 */
export const insideWrites: readonly CoalitionAction[] = [
  "coalition.configure",
  "charter.amend",
  "membership.invite",
  "membership.decide",
  "proposal.open",
  "proposal.stance",
  "proposal.close",
  "proposal.outcome",
  "meeting.plan",
  "meeting.manage",
  "meeting.attendance",
  "actionItem.create",
  "actionItem.manage",
  "actionItem.status",
  "thread.open",
  "thread.update",
  "comment.write",
  "comment.edit",
  "statement.start",
  "statement.draft",
  "statement.answer",
  "risk.manage",
  "risk.answer",
  "mitigation.status",
];
