import { convenerSideRoles, insideStatuses } from "../../../shared/policy/index.ts";
import type { NotificationKind } from "../../../shared/notifications.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { NotificationsService } from "./notifications.service.ts";

/** Everyone active, observers included, hears of decisions and meetings. */
const active = ["active"] as const;

/**
 * Who hears of what. Each event names its audience, found with one query by the module that
 * knows it; the person who caused the event is left out. What the notification says is
 * written later, in each reader's language, from its kind and data.
 */
export function notifyOnEvents(
  events: Pick<DomainEventBus, "on">,
  notifications: Pick<NotificationsService, "notify">,
  clock: Clock,
) {
  const { notify } = notifications;
  const convenerSide = (coalitionId: string) => ({
    coalitionId,
    statuses: active,
    roles: convenerSideRoles,
  });
  const except = (byUserId: string | null) => byUserId ?? undefined;
  /**
   * News with a title for the representatives of a coalition's active members (or of some of
   * them), leaving out the person who caused it.
   */
  const toMembers = (
    tx: Parameters<typeof notify>[0],
    kind: NotificationKind,
    e: { coalitionId: string; coalitionName: string; title: string; byUserId: string | null },
    about: { link: string; key: string; organizationIds?: string[] },
  ) =>
    notify(
      tx,
      {
        coalitionId: e.coalitionId,
        statuses: active,
        ...(about.organizationIds ? { organizationIds: about.organizationIds } : {}),
      },
      {
        kind,
        coalitionId: e.coalitionId,
        data: { coalition: e.coalitionName, title: e.title },
        link: about.link,
        key: about.key,
      },
      except(e.byUserId),
    );

  events.on("member.invited", (tx, e) =>
    notify(
      tx,
      { managersOf: e.organizationId },
      {
        kind: "coalition_invitation",
        coalitionId: e.coalitionId,
        data: { coalition: e.coalitionName, organization: e.organizationName },
        link: `/coalitions/${e.coalitionId}`,
        key: `invited:${e.coalitionId}:${e.organizationId}:${clock.now().getTime()}`,
      },
      except(e.byUserId),
    ),
  );

  events.on("member.applied", (tx, e) =>
    notify(tx, convenerSide(e.coalitionId), {
      kind: "application_received",
      coalitionId: e.coalitionId,
      data: { coalition: e.coalitionName, organization: e.organizationName },
      link: e.admission
        ? `/proposals/${e.admission.proposalId}`
        : `/coalitions/${e.coalitionId}/members`,
      key: `applied:${e.coalitionId}:${e.organizationId}:${clock.now().getTime()}`,
    }),
  );

  const membershipNews = [
    ["member.accepted", "invitation_accepted"],
    ["member.declined", "invitation_declined"],
    ["member.left", "member_left"],
  ] as const;
  for (const [type, kind] of membershipNews) {
    events.on(type, (tx, e) =>
      notify(
        tx,
        convenerSide(e.coalitionId),
        {
          kind,
          coalitionId: e.coalitionId,
          data: { coalition: e.coalitionName, organization: e.organizationName },
          link: `/coalitions/${e.coalitionId}/members`,
          key: `${kind}:${e.coalitionId}:${e.organizationId}:${clock.now().getTime()}`,
        },
        except(e.byUserId),
      ),
    );
  }

  events.on("proposal.opened", (tx, e) =>
    toMembers(tx, "proposal_opened", e, {
      link: `/proposals/${e.proposalId}`,
      key: `proposal_opened:${e.proposalId}`,
    }),
  );

  // Told to every active member's representatives, and to nobody outside: whoever answers,
  // and how, is never part of a notification.
  events.on("statement.signOnOpened", (tx, e) =>
    toMembers(tx, "statement_sign_on", e, {
      link: `/statements/${e.statementId}`,
      key: `statement_sign_on:${e.statementId}`,
    }),
  );

  // Each organisation that answered an earlier version hears only that it is asked again.
  events.on("statement.confirmAgain", (tx, e) =>
    toMembers(tx, "statement_confirm_again", e, {
      link: `/statements/${e.statementId}`,
      key: `statement_confirm_again:${e.statementId}:${clock.now().getTime()}`,
      organizationIds: e.organizationIds,
    }),
  );

  events.on("risk.assessmentOpened", (tx, e) =>
    toMembers(tx, "risk_assessment_opened", e, {
      link: `/risk-assessments/${e.assessmentId}`,
      key: `risk_assessment_opened:${e.assessmentId}`,
    }),
  );

  events.on("mitigation.assigned", (tx, e) =>
    toMembers(tx, "mitigation_assigned", e, {
      link: `/risk-assessments/${e.assessmentId}`,
      key: `mitigation_assigned:${e.assessmentId}:${clock.now().getTime()}`,
      organizationIds: [e.ownerOrganizationId],
    }),
  );

  events.on("proposal.quorumReached", (tx, e) =>
    notify(tx, convenerSide(e.coalitionId), {
      kind: "proposal_quorum_reached",
      coalitionId: e.coalitionId,
      data: { coalition: e.coalitionName, title: e.title },
      link: `/proposals/${e.proposalId}`,
      key: `quorum:${e.proposalId}`,
    }),
  );

  events.on("proposal.blocked", (tx, e) =>
    notify(tx, convenerSide(e.coalitionId), {
      kind: "proposal_blocked",
      coalitionId: e.coalitionId,
      data: {
        coalition: e.coalitionName,
        title: e.title,
        ...(e.organization ? { organization: e.organization.name } : {}),
      },
      link: `/proposals/${e.proposalId}`,
      key: `blocked:${e.proposalId}:${clock.now().getTime()}`,
    }),
  );

  events.on("proposal.closingSoon", (tx, e) =>
    notify(
      tx,
      { coalitionId: e.coalitionId, statuses: active, organizationIds: e.organizationIds },
      {
        kind: "proposal_closing",
        coalitionId: e.coalitionId,
        data: { coalition: e.coalitionName, title: e.title, at: e.closesAt.toISOString() },
        link: `/proposals/${e.proposalId}`,
        key: `closing:${e.proposalId}`,
      },
    ),
  );

  events.on("proposal.closed", (tx, e) =>
    notify(
      tx,
      { coalitionId: e.coalitionId, statuses: active },
      {
        kind: "proposal_closed",
        coalitionId: e.coalitionId,
        data: { coalition: e.coalitionName, title: e.title, outcome: e.outcome },
        link: `/proposals/${e.proposalId}`,
        key: `proposal_closed:${e.proposalId}`,
      },
    ),
  );

  events.on("proposal.outcomeRecorded", (tx, e) =>
    notify(
      tx,
      { coalitionId: e.coalitionId, statuses: active },
      {
        kind: "outcome_recorded",
        coalitionId: e.coalitionId,
        data: { coalition: e.coalitionName, title: e.title },
        link: `/proposals/${e.proposalId}`,
        key: `outcome_recorded:${e.proposalId}`,
      },
      except(e.byUserId),
    ),
  );

  events.on("meeting.planned", (tx, e) =>
    notify(
      tx,
      { coalitionId: e.coalitionId, statuses: insideStatuses },
      {
        kind: "meeting_scheduled",
        coalitionId: e.coalitionId,
        data: {
          coalition: e.coalitionName,
          title: e.title,
          at: e.startsAt.toISOString(),
          timeZone: e.timeZone,
        },
        link: `/meetings/${e.meetingId}`,
        key: `meeting:${e.meetingId}`,
      },
      except(e.byUserId),
    ),
  );

  events.on("actionItem.overdue", (tx, e) =>
    notify(
      tx,
      {
        coalitionId: e.coalitionId,
        statuses: insideStatuses,
        organizationIds: [e.ownerOrganizationId],
      },
      {
        kind: "action_item_overdue",
        coalitionId: e.coalitionId,
        data: { coalition: e.coalitionName, title: e.title, date: e.dueDate },
        link: `/coalitions/${e.coalitionId}`,
        // A new due date is a new deadline, and may be missed again.
        key: `overdue:${e.actionItemId}:${e.dueDate}`,
      },
    ),
  );

  events.on("comment.mentioned", async (tx, e) => {
    for (const mentioned of e.mentioned) {
      await notify(
        tx,
        {
          coalitionId: e.coalitionId,
          statuses: insideStatuses,
          organizationIds: [mentioned.organizationId],
        },
        {
          kind: "mentioned",
          coalitionId: e.coalitionId,
          data: {
            coalition: e.coalitionName,
            thread: e.threadTitle,
            organization: mentioned.name,
            author: e.author.name,
          },
          link: e.link,
          key: `mentioned:${e.commentId}:${mentioned.organizationId}`,
        },
        except(e.byUserId),
      );
    }
  });

  // The fund monitor: a person, or the representatives of the organisation named (in an
  // organisation's own campaign, its owners and admins).
  events.on("spending.awaitsConfirmation", (tx, e) =>
    notify(
      tx,
      e.monitor.kind === "person"
        ? { userIds: [e.monitor.id] }
        : e.coalitionId
          ? {
              coalitionId: e.coalitionId,
              statuses: insideStatuses,
              organizationIds: [e.monitor.id],
            }
          : { managersOf: e.monitor.id },
      {
        kind: "spending_to_confirm",
        coalitionId: e.coalitionId,
        data: {
          campaign: e.campaignTitle,
          organization: e.organizationName,
          amount: e.amount,
          currency: e.currency,
        },
        link: `/campaigns/${e.campaignId}/resources`,
        key: `spending:${e.spendingId}:${clock.now().getTime()}`,
      },
      except(e.byUserId),
    ),
  );

  // The organisation that spent: its representatives in the coalition, or its managers for
  // its own campaign.
  events.on("spending.queried", (tx, e) =>
    notify(
      tx,
      e.coalitionId
        ? {
            coalitionId: e.coalitionId,
            statuses: insideStatuses,
            organizationIds: [e.organizationId],
          }
        : { managersOf: e.organizationId },
      {
        kind: "spending_queried",
        coalitionId: e.coalitionId,
        data: { campaign: e.campaignTitle, amount: e.amount, currency: e.currency },
        link: `/campaigns/${e.campaignId}/resources`,
        key: `spending-queried:${e.spendingId}:${clock.now().getTime()}`,
      },
      except(e.byUserId),
    ),
  );

  // Those running the campaign: representatives of the convening side and the lead, or the
  // owner's managers for an organisation's own campaign.
  events.on("story.consentWithdrawn", (tx, e) =>
    notify(
      tx,
      e.coalitionId
        ? {
            coalitionId: e.coalitionId,
            statuses: insideStatuses,
            organizationIds: e.runningOrganizationIds,
          }
        : { managersOf: e.runningOrganizationIds[0] ?? "" },
      {
        kind: "consent_withdrawn",
        coalitionId: e.coalitionId,
        data: { campaign: e.campaignTitle, organization: e.organizationName },
        link: `/campaigns/${e.campaignId}/messages`,
        key: `consent-withdrawn:${e.storyId}`,
      },
      except(e.byUserId),
    ),
  );

  // Sharing without the consent an agreement asks for: the owner's owners and admins hear of
  // it, apart from the one who did it. The reason given stays in the audit log.
  events.on("grant.consentOverridden", (tx, e) =>
    notify(
      tx,
      { managersOf: e.ownerOrganizationId },
      {
        kind: "consent_override",
        coalitionId: null,
        data: { organization: e.toOrganizationName, owner: e.ownerName },
        link: `/records/${e.recordId}`,
        key: `consent_override:${e.grantId}`,
      },
      except(e.byUserId),
    ),
  );
}
