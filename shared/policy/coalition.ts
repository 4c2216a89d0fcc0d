import {
  type CoalitionStanding,
  convenerSideFor,
  convenes,
  isInside,
  knowsOf,
  manages,
  isInsideMembership,
  membershipOf,
  speaksFor,
  votesFor,
} from "./standing.ts";

/** What decides who sees a thread: a concern is seen only by those it concerns. */
export type ThreadFacts = {
  kind: "discussion" | "concern";
  /** The organisation that opened it. */
  openedFor: string;
  /** Organisations chosen to take part in a concern. */
  participantIds: readonly string[];
  /** The coalition's active conveners and co-leads: they see every concern. */
  convenerSideIds: readonly string[];
};

type Org = { organizationId: string };
/** A campaign's lead organisation runs what is drafted for the campaign, with the convening side. */
type Lead = { leadOrganizationId: string | null };
type InThread = { thread: ThreadFacts };
type ByAuthor = InThread & { authorId: string | null };

/** Every action the API offers on a coalition and what hangs off it, with what each is about. */
export type CoalitionSubjects = {
  "coalition.read": undefined;
  "coalition.configure": undefined;
  "charter.amend": undefined;
  /** Lists of what members read: proposals, meetings, action items, threads, the calendar. */
  "coalition.readInside": undefined;
  "membership.invite": undefined;
  /** The convener's steps: admit, reject, suspend, reinstate, remove, change roles. */
  "membership.decide": undefined;
  "membership.apply": Org;
  /** Accept or decline an invitation. */
  "membership.answer": Org;
  "membership.leave": Org;
  /** Whether the organisation may be named outside the coalition. */
  "membership.name": Org;
  "representatives.read": Org;
  "representatives.set": Org;
  "partners.search": undefined;
  "proposal.read": undefined;
  "proposal.open": Org;
  "proposal.stance": Org;
  "proposal.close": undefined;
  "proposal.outcome": undefined;
  "meeting.read": undefined;
  "meeting.plan": undefined;
  /** Change, cancel or reinstate a meeting, write its minutes. */
  "meeting.manage": undefined;
  "meeting.attendance": Org;
  "actionItem.read": undefined;
  "actionItem.create": undefined;
  /** Change an item's title, owner or due date. */
  "actionItem.manage": undefined;
  "actionItem.status": { ownerOrganizationId: string };
  "thread.read": InThread;
  "thread.open": Org;
  /** Rename a thread, or change, resolve or reopen a concern, acting for an organisation. */
  "thread.update": Org & InThread;
  "comment.write": Org & InThread;
  /** The author edits for the organisation the comment speaks for. */
  "comment.edit": ByAuthor & Org & { withdrawn: boolean };
  "comment.withdraw": ByAuthor;
  "comment.history": InThread & { withdrawn: boolean };
  /** A joint statement: its text, versions and the coalition's own answers. */
  "statement.read": undefined;
  /** Start a statement on the coalition: the convening side, or the lead of its campaign. */
  "statement.start": Lead;
  /** Add versions, open sign-on, publish, share the invitation link: the same. */
  "statement.draft": Lead;
  /** Answer for an organisation: sign publicly, support privately or decline. */
  "statement.answer": Org;
  /** Who answered what, declines and their reasons included: the convening side or the lead. */
  "statement.readAnswers": Lead;
  /** Open a joint risk assessment of a public action, or change its register of mitigations. */
  "risk.manage": Lead;
  /** The aggregated heat map and the register of mitigations. */
  "risk.read": undefined;
  /** Assess the organisation's own exposure, privately. */
  "risk.answer": Org;
  /** Who has not answered yet (never what anyone answered). */
  "risk.readMissing": Lead;
  /** Update a mitigation the organisation owns. */
  "mitigation.status": { ownerOrganizationId: string | null };
  /** Who should front and who support privately, with the reasons. */
  "fronting.recommend": Lead;
};
export type CoalitionAction = keyof CoalitionSubjects;
/** The subject an action takes, as the rest of a call's arguments (none for most). */
export type SubjectArgs<A extends CoalitionAction> = CoalitionSubjects[A] extends undefined
  ? []
  : [CoalitionSubjects[A]];

/**
 * Why an action is refused: `unknown` must look exactly like a thing that does not exist
 * (404 with the thing's own "No such …"), `signIn` asks for a session (401), `forbidden`
 * explains itself (403).
 */
export type Verdict =
  | { allowed: true }
  | { allowed: false; refusal: "unknown" | "signIn" | "forbidden"; reason: string };

const allowed: Verdict = { allowed: true };
const unknown: Verdict = { allowed: false, refusal: "unknown", reason: "No such thing." };
const signIn: Verdict = { allowed: false, refusal: "signIn", reason: "Sign in first." };
const forbidden = (reason: string): Verdict => ({ allowed: false, refusal: "forbidden", reason });
const rule = (ok: boolean, reason: string): Verdict => (ok ? allowed : forbidden(reason));

/**
 * Actions on a thing inside a coalition (a proposal, meeting, action item, thread, comment):
 * to anyone not inside, the thing does not exist. Starting something inside (a proposal, a
 * meeting, a thread) is asked of the coalition itself, which they may know of.
 */
const insideThings = new Set<CoalitionAction>([
  "proposal.read",
  "proposal.stance",
  "proposal.close",
  "proposal.outcome",
  "meeting.read",
  "meeting.manage",
  "meeting.attendance",
  "actionItem.read",
  "actionItem.manage",
  "actionItem.status",
  "thread.read",
  "thread.update",
  "comment.write",
  "comment.edit",
  "comment.withdraw",
  "comment.history",
  "statement.read",
  "statement.draft",
  "statement.answer",
  "statement.readAnswers",
  "risk.manage",
  "risk.read",
  "risk.answer",
  "risk.readMissing",
  "mitigation.status",
  "fronting.recommend",
]);

/** The organisations that see a thread; null when every organisation inside does. */
export function threadSight(thread: ThreadFacts): Set<string> | null {
  if (thread.kind !== "concern") return null;
  return new Set([thread.openedFor, ...thread.participantIds, ...thread.convenerSideIds]);
}

/** Whether the viewer's organisations inside include one that sees the thread. */
function seesThread(s: CoalitionStanding, thread: ThreadFacts) {
  const sight = threadSight(thread);
  return (
    !sight ||
    s.organizations.some((o) => isInsideMembership(o.membership) && sight.has(o.organizationId))
  );
}

const speaks = (s: CoalitionStanding, organizationId: string) =>
  speaksFor(s).includes(organizationId);
const convenerSide = (s: CoalitionStanding) => convenerSideFor(s).length > 0;
const statusOf = (s: CoalitionStanding, organizationId: string) =>
  membershipOf(s, organizationId)?.status ?? null;

const convenerOnly = "Only a representative of the convening organisation may do this.";
const convenerSideOnly =
  "Only representatives of the convening and co-lead organisations may do this.";
const managersOnly = "Only owners and admins of the organisation may do this for it.";

/** The rule for each action, once it is known that the viewer may know of the thing. */
function decide<A extends CoalitionAction>(
  s: CoalitionStanding,
  action: A,
  subject: CoalitionSubjects[A],
): Verdict {
  const about = (subject ?? {}) as Partial<Org & InThread & ByAuthor & Lead> & {
    ownerOrganizationId?: string | null;
    withdrawn?: boolean;
  };
  const org = about.organizationId ?? "";
  const thread = about.thread;
  switch (action as CoalitionAction) {
    case "coalition.read":
      return allowed;
    case "coalition.configure":
    case "charter.amend":
    case "membership.invite":
    case "membership.decide":
    case "proposal.close":
    case "proposal.outcome":
      return rule(convenes(s), convenerOnly);
    case "coalition.readInside":
    case "partners.search":
      return rule(isInside(s), "Only member organisations read what is inside the coalition.");
    // The organisation's own steps; whether its membership allows the step is a state rule
    // (409), checked by the service and by the permissions offered.
    case "membership.apply":
    case "membership.answer":
    case "membership.leave":
    case "membership.name":
    case "representatives.set":
      return rule(manages(s, org), managersOnly);
    case "representatives.read":
      return rule(
        s.organizations.some((o) => o.organizationId === org && o.membership),
        "Only the organisation's own people may see its representatives.",
      );
    case "proposal.read":
    case "meeting.read":
    case "actionItem.read":
    case "thread.read":
    case "statement.read":
    case "risk.read":
      return allowed;
    case "statement.start":
    case "statement.draft":
    case "statement.readAnswers":
    case "risk.manage":
    case "risk.readMissing":
    case "fronting.recommend":
      return rule(
        convenerSide(s) || (!!about.leadOrganizationId && speaks(s, about.leadOrganizationId)),
        "Only the convening side, or the lead organisation of the campaign it belongs to, may do this.",
      );
    case "statement.answer":
    case "risk.answer":
      return rule(
        speaks(s, org),
        "Only a representative of a member organisation may answer for it.",
      );
    case "mitigation.status":
      return rule(
        (!!about.ownerOrganizationId && speaks(s, about.ownerOrganizationId)) || convenerSide(s),
        "Only the owner organisation's representatives or the convening side update a mitigation.",
      );
    case "proposal.open":
    case "proposal.stance":
      return rule(
        votesFor(s).includes(org),
        statusOf(s, org) === "active" && speaks(s, org)
          ? "Observers read and comment but have no stance."
          : "Only a representative of an active member organisation may act for it here.",
      );
    case "meeting.plan":
    case "meeting.manage":
    case "actionItem.create":
    case "actionItem.manage":
      return rule(convenerSide(s), convenerSideOnly);
    case "meeting.attendance":
      return rule(
        speaks(s, org) || convenerSide(s),
        "Only the organisation's own representatives or the convening side record its attendance.",
      );
    case "actionItem.status":
      return rule(
        speaks(s, about.ownerOrganizationId ?? "") || convenerSide(s),
        "Only the owner organisation's representatives or the convening side update an action item.",
      );
    case "thread.open":
      return rule(
        speaks(s, org),
        "Only a representative of an active member organisation may speak for it here.",
      );
    case "thread.update":
      return rule(
        speaks(s, org) &&
          !!thread &&
          (org === thread.openedFor || thread.convenerSideIds.includes(org)),
        "Only the organisation that opened the thread or the convener side may change it.",
      );
    case "comment.write": {
      const sight = thread ? threadSight(thread) : null;
      return rule(
        speaks(s, org) && (!sight || sight.has(org)),
        "Only a representative of an active member organisation that sees the thread may comment for it.",
      );
    }
    case "comment.edit":
      if (about.withdrawn || !about.authorId || about.authorId !== s.viewer?.userId) {
        return forbidden("Only its author edits a comment, and only until it is withdrawn.");
      }
      return decide(s, "comment.write", { organizationId: org, thread: thread as ThreadFacts });
    case "comment.withdraw":
      return rule(
        (!!about.authorId && about.authorId === s.viewer?.userId) || convenerSide(s),
        "Only its author or the convener side may withdraw a comment.",
      );
    case "comment.history":
      return rule(
        !about.withdrawn || (!!thread && belongsToConvenerSide(s, thread)),
        "The history of a withdrawn comment is kept for the convener side.",
      );
  }
  return forbidden("This action is not known.");
}

/** One of the viewer's organisations inside is on the convener side: it reads what they read. */
export function belongsToConvenerSide(
  s: CoalitionStanding,
  thread: Pick<ThreadFacts, "convenerSideIds">,
) {
  return s.organizations.some(
    (o) => isInsideMembership(o.membership) && thread.convenerSideIds.includes(o.organizationId),
  );
}

/**
 * The one access rule for coalitions. Nobody may know of a secret coalition they are not
 * inside of or invited to; nobody may know of what is inside a coalition (proposals, meetings,
 * action items, threads, comments) unless one of their organisations is inside, and a concern
 * only if it concerns them. A platform administrator has no more rights here than anyone.
 */
export function check<A extends CoalitionAction>(
  s: CoalitionStanding,
  action: A,
  ...subject: SubjectArgs<A>
): Verdict {
  const about = subject[0] as CoalitionSubjects[A];
  if (!knowsOf(s)) return unknown;
  if (insideThings.has(action)) {
    if (!isInside(s)) return unknown;
    const thread = (about as Partial<InThread> | undefined)?.thread;
    if (thread && !seesThread(s, thread)) return unknown;
  }
  const verdict = decide(s, action, about);
  if (!verdict.allowed && !s.viewer) return insideThings.has(action) ? unknown : signIn;
  return verdict;
}

export function can<A extends CoalitionAction>(
  s: CoalitionStanding,
  action: A,
  ...subject: SubjectArgs<A>
): boolean {
  return check(s, action, ...subject).allowed;
}
