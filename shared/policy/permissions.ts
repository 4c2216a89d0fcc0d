import { z } from "zod";
import { type MembershipAction, type MembershipStatus, membershipActions } from "./terms.ts";
import { Id } from "../problem.ts";
import { type ThreadFacts, can, threadSight } from "./coalition.ts";
import { decidedByCharter, membershipSteps, stepApplies } from "./membership.ts";
import {
  type CoalitionStanding,
  type Membership,
  goneStatuses,
  isInsideMembership,
  speaksFor,
} from "./standing.ts";

/*
 * What the viewer may do, sent with each response (as Outline's policies are), so the web
 * shows or hides an action from what the server says and never works a rule out itself.
 * Each list names the organisations the viewer may act for in that way.
 */

const Ids = z.array(Id);

export const CoalitionPermissions = z.object({
  /** Proposals, meetings, action items, threads and the calendar. */
  readInside: z.boolean(),
  readMembers: z.boolean(),
  /** Change who can find the coalition and see its members. */
  configure: z.boolean(),
  /** Change the charter directly: only where the charter leaves its changes to the convener. */
  amendCharter: z.boolean(),
  invite: z.boolean(),
  /** Plan meetings, write minutes, create action items. */
  manageMeetings: z.boolean(),
  /** Start a joint statement or a joint risk assessment on the coalition (the convening side). */
  speakTogether: z.boolean(),
  searchPartners: z.boolean(),
  /** Open proposals (and charter amendments), take stances: organisations with a voice. */
  proposeFor: Ids,
  /** Open threads and comment. */
  speakFor: Ids,
  applyFor: Ids,
  /** Accept or decline an invitation. */
  answerFor: Ids,
  leaveFor: Ids,
  /** Choose whether the organisation is named outside the coalition. */
  nameFor: Ids,
  representativesFor: Ids,
});
export type CoalitionPermissions = z.infer<typeof CoalitionPermissions>;

/** What the viewer may do to one member of the list (the convener's steps). */
export const MemberPermissions = z.object({
  steps: z.array(z.enum(membershipActions)),
  changeRole: z.boolean(),
});
export type MemberPermissions = z.infer<typeof MemberPermissions>;

export const ProposalPermissions = z.object({
  stanceFor: Ids,
  close: z.boolean(),
  recordOutcome: z.boolean(),
});
export type ProposalPermissions = z.infer<typeof ProposalPermissions>;

export const MeetingPermissions = z.object({
  /** Change, cancel, reinstate, write minutes, add action items. */
  manage: z.boolean(),
  attendanceFor: Ids,
});
export type MeetingPermissions = z.infer<typeof MeetingPermissions>;

export const ActionItemPermissions = z.object({
  /** Title, owner and due date. */
  edit: z.boolean(),
  changeStatus: z.boolean(),
});
export type ActionItemPermissions = z.infer<typeof ActionItemPermissions>;

export const ThreadPermissions = z.object({
  commentFor: Ids,
  /** Rename, or change, resolve and reopen a concern. */
  updateFor: Ids,
});
export type ThreadPermissions = z.infer<typeof ThreadPermissions>;

export const CommentPermissions = z.object({
  edit: z.boolean(),
  withdraw: z.boolean(),
  readHistory: z.boolean(),
});
export type CommentPermissions = z.infer<typeof CommentPermissions>;

/** The viewer's organisations whose membership is in one of these statuses (or none). */
function orgsWhere(s: CoalitionStanding, test: (status: MembershipStatus | null) => boolean) {
  return s.organizations
    .filter((o) => test(o.membership?.status ?? null))
    .map((o) => o.organizationId);
}

export function coalitionPermissions(
  s: CoalitionStanding,
  charter: { amendedByConvener: boolean },
): CoalitionPermissions {
  const stepFor = (action: MembershipAction) =>
    orgsWhere(s, (status) => status !== null && stepApplies(action, status)).filter((id) =>
      can(s, action === "leave" ? "membership.leave" : "membership.answer", {
        organizationId: id,
      }),
    );
  return {
    readInside: can(s, "coalition.readInside"),
    readMembers: can(s, "coalition.read") && seesList(s),
    configure: can(s, "coalition.configure"),
    amendCharter: charter.amendedByConvener && can(s, "charter.amend"),
    invite: can(s, "membership.invite"),
    manageMeetings: can(s, "meeting.plan"),
    speakTogether: can(s, "statement.start", { leadOrganizationId: null }),
    searchPartners: can(s, "partners.search"),
    proposeFor: speaksFor(s).filter((id) => can(s, "proposal.open", { organizationId: id })),
    speakFor: speaksFor(s).filter((id) => can(s, "thread.open", { organizationId: id })),
    applyFor: orgsWhere(s, (status) => status === null || goneStatuses.includes(status)).filter(
      (id) => can(s, "membership.apply", { organizationId: id }),
    ),
    answerFor: stepFor("accept"),
    leaveFor: stepFor("leave"),
    nameFor: orgsWhere(s, (status) => status !== null).filter((id) =>
      can(s, "membership.name", { organizationId: id }),
    ),
    representativesFor: orgsWhere(
      s,
      (status) => status === "invited" || status === "applied" || status === "active",
    ).filter((id) => can(s, "representatives.set", { organizationId: id })),
  };
}

function seesList(s: CoalitionStanding) {
  return s.coalition.memberListVisibility === "public" || can(s, "coalition.readInside");
}

/**
 * The convener's steps on one member, as the charter allows them: where it asks for a
 * decision on membership, admitting, turning down and removing go through proposals.
 */
export function memberPermissions(
  s: CoalitionStanding,
  member: Membership,
  charter: { admissionByConvener: boolean },
): MemberPermissions {
  const decides = can(s, "membership.decide");
  return {
    steps: decides
      ? membershipActions.filter(
          (action) =>
            membershipSteps[action].by === "convener" &&
            stepApplies(action, member.status) &&
            (charter.admissionByConvener || !decidedByCharter(action, member.status)),
        )
      : [],
    changeRole: decides && isInsideMembership(member),
  };
}

export function proposalPermissions(
  s: CoalitionStanding,
  proposal: { open: boolean },
): ProposalPermissions {
  return {
    stanceFor: proposal.open
      ? speaksFor(s).filter((id) => can(s, "proposal.stance", { organizationId: id }))
      : [],
    close: proposal.open && can(s, "proposal.close"),
    recordOutcome: !proposal.open && can(s, "proposal.outcome"),
  };
}

/** `inside`: the organisations inside the coalition, for whom the convener side may record. */
export function meetingPermissions(s: CoalitionStanding, inside: string[]): MeetingPermissions {
  return {
    manage: can(s, "meeting.manage"),
    attendanceFor: inside.filter((id) => can(s, "meeting.attendance", { organizationId: id })),
  };
}

export function actionItemPermissions(
  s: CoalitionStanding,
  item: { ownerOrganizationId: string },
): ActionItemPermissions {
  return {
    edit: can(s, "actionItem.manage"),
    changeStatus: can(s, "actionItem.status", item),
  };
}

export function threadPermissions(s: CoalitionStanding, thread: ThreadFacts): ThreadPermissions {
  const mine = speaksFor(s);
  return {
    commentFor: mine.filter((id) => can(s, "comment.write", { organizationId: id, thread })),
    updateFor: mine.filter((id) => can(s, "thread.update", { organizationId: id, thread })),
  };
}

/** Organisations a comment may mention: those inside that see the thread. */
export function mentionable<T extends { organizationId: string }>(
  thread: ThreadFacts,
  inside: T[],
): T[] {
  const sight = threadSight(thread);
  return inside.filter((o) => !sight || sight.has(o.organizationId));
}

export function commentPermissions(
  s: CoalitionStanding,
  thread: ThreadFacts,
  comment: { organizationId: string; authorId: string | null; withdrawn: boolean },
): CommentPermissions {
  return {
    edit: can(s, "comment.edit", { thread, ...comment }),
    withdraw:
      !comment.withdrawn && can(s, "comment.withdraw", { thread, authorId: comment.authorId }),
    readHistory: can(s, "comment.history", { thread, withdrawn: comment.withdrawn }),
  };
}
