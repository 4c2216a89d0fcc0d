import type { Services } from "../../server/app.ts";
import type { Actor } from "../../server/modules/auth/actor.ts";
import { type Charter, CoalitionInput, type CoalitionRole } from "../../shared/coalitions.ts";
import { CommentInput, ThreadInput, ThreadUpdate } from "../../shared/discussions.ts";
import { ActionItemInput, MeetingInput, MinutesInput } from "../../shared/meetings.ts";
import { OutcomeInput, ProposalInput } from "../../shared/proposals.ts";
import { coalitionPlans } from "./demo-coalitions-data.ts";
import type { CoalitionPlan, ProposalPlan } from "./demo-coalitions-types.ts";
import type { DemoPerson } from "./demo-types.ts";

const day = 86_400_000;
const hour = 3_600_000;

/** Who owns which demo organisation, so each step is taken by a person entitled to it. */
export type DemoDirectory = {
  actorOf: (person: DemoPerson) => Actor;
  organizationId: (name: string) => string;
  ownerOf: (name: string) => DemoPerson;
};

/**
 * Coalitions that show the capability working: charters with their versions, members in
 * every role and state, proposals of every kind open and closed, meetings with minutes,
 * action items and discussions. Everything goes through the services, as the API would.
 */
export async function seedDemoCoalitions(
  services: Services,
  directory: DemoDirectory,
  /** Receives each coalition's id as soon as it exists, so a failure can be undone. */
  created: string[],
) {
  for (const plan of coalitionPlans) {
    await seedCoalition(services, directory, plan, (id) => created.push(id));
  }
}

async function seedCoalition(
  services: Services,
  d: DemoDirectory,
  plan: CoalitionPlan,
  onCreated: (id: string) => void,
) {
  const now = services.clock.now().getTime();
  const at = (days: number, hours = 0) => new Date(now + days * day + hours * hour);
  const as = (org: string) => d.actorOf(d.ownerOf(org));
  const org = d.organizationId;
  const convener = plan.convener;
  const charterOf = (charter: Charter): Charter => ({
    ...charter,
    focalPoints: charter.focalPoints.map((fp) => ({
      ...fp,
      organizationId: org(fp.organizationId),
    })),
  });

  const coalition = await services.coalitions.create(
    as(convener),
    CoalitionInput.parse({
      organizationId: org(convener),
      name: plan.name,
      visibility: plan.visibility,
      memberListVisibility: plan.memberListVisibility ?? "public",
      charter: charterOf(plan.charter),
    }),
  );
  const id = coalition.id;
  onCreated(id);

  for (const member of plan.members) {
    const role = (member.role ?? "member") as Exclude<CoalitionRole, "convener">;
    await services.membership.invite(as(convener), id, { organizationId: org(member.org), role });
    if (member.state === "invited") continue;
    await services.membership.act(as(member.org), id, org(member.org), "accept", {
      namedPublicly: member.namedPublicly,
    });
    if (member.representatives) {
      await services.membership.setRepresentatives(
        as(member.org),
        id,
        org(member.org),
        member.representatives.map((person) => d.actorOf(person).userId),
      );
    }
    if (member.state === "suspended") {
      await services.membership.act(as(convener), id, org(member.org), "suspend");
    }
  }

  for (const amendment of plan.amendments ?? []) {
    if (amendment.byConvener) {
      await services.coalitions.amendCharter(as(convener), id, charterOf(amendment.charter));
    }
  }

  for (const proposal of plan.proposals) {
    const resolved = proposal.charter
      ? { ...proposal, charter: charterOf(proposal.charter) }
      : proposal;
    await seedProposal(services, d, id, resolved, at, convener);
  }

  for (const applicant of plan.applicants ?? []) {
    await services.membership.apply(as(applicant.org), id, {
      organizationId: org(applicant.org),
      answers: applicant.answers,
      namedPublicly: true,
    });
  }

  for (const meeting of plan.meetings ?? []) {
    const startsAt = at(meeting.inDays);
    startsAt.setUTCHours(meeting.atHourUtc, 0, 0, 0);
    const created = await services.meetings.create(
      as(convener),
      id,
      MeetingInput.parse({
        title: meeting.title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + meeting.hours * hour).toISOString(),
        timeZone: meeting.timeZone,
        location: meeting.location,
        onlineUrl: meeting.onlineUrl,
        agenda: meeting.agenda,
      }),
    );
    for (const [name, status] of meeting.attendance ?? []) {
      await services.meetings.recordAttendance(as(convener), created.id, org(name), status);
    }
    if (meeting.minutes) {
      await services.meetings.recordMinutes(
        as(convener),
        created.id,
        MinutesInput.parse({ minutes: meeting.minutes, decisions: meeting.decisions ?? [] }),
      );
    }
    for (const item of meeting.actionItems ?? []) {
      const made = await services.actionItems.create(
        as(convener),
        id,
        ActionItemInput.parse({
          title: item.title,
          ownerOrganizationId: org(item.owner),
          dueDate: at(item.dueInDays).toISOString().slice(0, 10),
          meetingId: created.id,
        }),
      );
      if (item.status && item.status !== "open") {
        await services.actionItems.update(as(item.owner), made.id, { status: item.status });
      }
    }
    if (meeting.cancelled) {
      await services.meetings.update(as(convener), created.id, { status: "cancelled" });
    }
  }

  for (const thread of plan.threads ?? []) {
    const mentionIds = (thread.mentions ?? []).map(org);
    const text = mentionIds.reduce(
      (body, mentionId, index) => body.replace(`@${index}`, `@{${mentionId}}`),
      thread.firstComment,
    );
    const created = await services.discussions.createThread(
      as(thread.by),
      id,
      ThreadInput.parse({
        organizationId: org(thread.by),
        kind: thread.concern ? "concern" : "discussion",
        title: thread.title,
        ...(thread.concern
          ? {
              concern: {
                problem: thread.concern.problem,
                endGoal: thread.concern.endGoal,
                potentialAllies: thread.concern.potentialAllies,
                participants: thread.concern.participants.map(org),
              },
            }
          : {}),
        comment: { text, mentions: mentionIds },
      }),
    );
    for (const reply of thread.replies ?? []) {
      await services.discussions.addComment(
        as(reply.by),
        created.id,
        CommentInput.parse({ organizationId: org(reply.by), text: reply.text }),
      );
    }
    if (thread.concern?.resolution) {
      await services.discussions.updateThread(
        as(thread.by),
        created.id,
        ThreadUpdate.parse({
          organizationId: org(thread.by),
          status: "resolved",
          resolution: thread.concern.resolution,
        }),
      );
    }
  }
  return id;
}

async function seedProposal(
  services: Services,
  d: DemoDirectory,
  coalitionId: string,
  plan: ProposalPlan,
  at: (days: number, hours?: number) => Date,
  convener: string,
) {
  const as = (org: string) => d.actorOf(d.ownerOf(org));
  const proposal = await services.proposals.create(
    as(plan.by),
    coalitionId,
    ProposalInput.parse({
      organizationId: d.organizationId(plan.by),
      title: plan.title,
      body: plan.body,
      subject: plan.charter ? "charter" : "general",
      ...(plan.charter ? { charter: plan.charter } : { rules: plan.rules }),
      closesAt: at(plan.closesInDays ?? 5).toISOString(),
      hiddenResults: plan.hiddenResults ?? false,
      anonymous: plan.anonymous ?? false,
    }),
  );
  for (const [name, ballot] of plan.stances ?? []) {
    await services.proposals.cast(as(name), proposal.id, d.organizationId(name), ballot);
  }
  if (!plan.closed) return;
  const closer = d.actorOf(d.ownerOf(convener));
  await services.proposals.close(closer, proposal.id);
  if (plan.outcome) {
    await services.proposals.recordOutcome(
      closer,
      proposal.id,
      OutcomeInput.parse({
        statement: plan.outcome,
        reviewDate: plan.reviewInDays
          ? at(plan.reviewInDays).toISOString().slice(0, 10)
          : undefined,
      }),
    );
  }
}
