import type { Charter } from "../shared/coalitions.ts";
import type { Outcome } from "../shared/decisions/index.ts";
import type { ProposalSubject } from "../shared/proposals.ts";
import { type EventBus, createEventBus } from "./lib/events.ts";

/*
 * What happens in the domain, as the modules that cause it tell it. Each event carries what
 * its listeners need (names, titles, links), so no listener reads another module's tables to
 * find out what happened: notifications, the carrying out of decisions and admission
 * proposals all listen here.
 */

type InCoalition = { coalitionId: string; coalitionName: string };
type Organization = { organizationId: string; organizationName: string };
type By = { byUserId: string | null };

export type DomainEvents = {
  "member.invited": InCoalition & Organization & By;
  /**
   * An organisation applied. Where the charter admits by decision, the admission proposal
   * opens with the given id in the same transaction.
   */
  "member.applied": InCoalition &
    Organization &
    By & { admission: { proposalId: string; closesAt: Date } | null };
  "member.accepted": InCoalition & Organization & By;
  "member.declined": InCoalition & Organization & By;
  "member.left": InCoalition & Organization & By;
  /** A person left an organisation or was removed from it (not a coalition's member). */
  "organization.personRemoved": By & { organizationId: string; userId: string };
  "proposal.opened": InCoalition & By & { proposalId: string; title: string };
  /** The proposal now has enough participation for its result to stand. */
  "proposal.quorumReached": InCoalition & { proposalId: string; title: string };
  /** A member blocked a consensus; named only where the proposal shows who took which stance. */
  "proposal.blocked": InCoalition & {
    proposalId: string;
    title: string;
    organization: { organizationId: string; name: string } | null;
  };
  /** Eligible organisations that have not answered a proposal that closes soon. */
  "proposal.closingSoon": InCoalition & {
    proposalId: string;
    title: string;
    closesAt: Date;
    organizationIds: string[];
  };
  /** Counted and closed; listeners carry out what was decided in the same transaction. */
  "proposal.closed": InCoalition &
    By & {
      proposalId: string;
      title: string;
      subject: ProposalSubject;
      outcome: Outcome;
      proposedCharter: Charter | null;
      targetOrganizationId: string | null;
      closedAt: Date;
    };
  "proposal.outcomeRecorded": InCoalition & By & { proposalId: string; title: string };
  "meeting.planned": InCoalition &
    By & { meetingId: string; title: string; startsAt: Date; timeZone: string };
  "actionItem.overdue": InCoalition & {
    actionItemId: string;
    title: string;
    dueDate: string;
    ownerOrganizationId: string;
  };
  /** A comment newly mentions these organisations (on an edit, only those it did not before). */
  "comment.mentioned": InCoalition &
    By & {
      commentId: string;
      threadTitle: string;
      /** The app page the comment is on. */
      link: string;
      author: { organizationId: string; name: string };
      mentioned: { organizationId: string; name: string }[];
    };
  /**
   * A spending entry awaits the campaign's fund monitor: newly recorded, or changed after the
   * monitor queried it. Told only when a monitor is named.
   */
  "spending.awaitsConfirmation": By & {
    campaignId: string;
    campaignTitle: string;
    /** The campaign's coalition; null for an organisation's own campaign. */
    coalitionId: string | null;
    spendingId: string;
    monitor: { kind: "organization" | "person"; id: string };
    organizationName: string;
    amount: string;
    currency: string;
  };
  /**
   * The fund monitor queried a spending entry: the organisation that spent hears of it, so it
   * answers with a correction. The monitor's note stays on the entry, not in the message.
   */
  "spending.queried": By & {
    campaignId: string;
    campaignTitle: string;
    /** The campaign's coalition; null for an organisation's own campaign. */
    coalitionId: string | null;
    spendingId: string;
    /** The organisation that spent. */
    organizationId: string;
    amount: string;
    currency: string;
  };
  /**
   * A person withdrew consent to a story that messages tell: those running the campaign hear
   * of it, so they change the flagged messages. The story's words never travel with it.
   */
  "story.consentWithdrawn": By & {
    campaignId: string;
    campaignTitle: string;
    /** The campaign's coalition; null for an organisation's own campaign. */
    coalitionId: string | null;
    /** Who runs the campaign: the coalition's convening side and the lead, or the owner. */
    runningOrganizationIds: string[];
    storyId: string;
    /** The organisation that recorded the story and its withdrawal. */
    organizationName: string;
  };
  /** A joint statement opened for sign-on: every member organisation is asked to answer. */
  "statement.signOnOpened": InCoalition & By & { statementId: string; title: string };
  /**
   * A new version of a statement: the organisations that answered an earlier one are asked to
   * confirm again. Each hears only of its own answer; nothing says how it answered.
   */
  "statement.confirmAgain": InCoalition &
    By & { statementId: string; title: string; organizationIds: string[] };
  /** A joint risk assessment opened: every member organisation is asked to assess its exposure. */
  "risk.assessmentOpened": InCoalition & By & { assessmentId: string; title: string };
  /** A mitigation of the register was given to an organisation to carry out. */
  "mitigation.assigned": InCoalition &
    By & { assessmentId: string; title: string; ownerOrganizationId: string };
  /**
   * A record was shared without the consent its agreement needs, on a reason given: the
   * owner organisation's owners and admins hear of it. The reason stays in the audit log.
   */
  "grant.consentOverridden": By & {
    grantId: string;
    recordId: string;
    ownerOrganizationId: string;
    ownerName: string;
    toOrganizationName: string;
  };
};

export type DomainEventBus = EventBus<DomainEvents>;
export const createDomainEventBus = () => createEventBus<DomainEvents>();
/** What a module that only tells needs. */
export type Emit = Pick<DomainEventBus, "emit">;
