import { z } from "zod";
import { Id } from "../problem.ts";
import type { Verdict } from "./coalition.ts";
import {
  type CoalitionStanding,
  type Viewer,
  convenerSideFor,
  isInsideMembership,
  knowsOf,
  managerRoles,
  speaksFor,
} from "./standing.ts";
import type { OrgRole } from "./terms.ts";

/*
 * Who may do what in a joint campaign. A campaign belongs to a coalition (and then the
 * coalition's standing decides: those inside read, the convening side and the campaign's lead
 * organisation run it) or to one organisation (its people read, its owners and admins run it).
 * Both come down to one campaign standing, worked out once per request; every rule below asks
 * only that.
 */

/** The fund monitor the campaign names: an organisation (any of its representatives) or a person. */
export type FundMonitor = { kind: "organization" | "person"; id: string } | null;

export type CampaignFacts = {
  /** The organisation that runs the campaign day to day, with the coalition's convening side. */
  leadOrganizationId: string;
  fundMonitor: FundMonitor;
};

/** One of the viewer's organisations that takes part in the campaign. */
export type CampaignOrganization = {
  organizationId: string;
  /** The viewer acts for it in the campaign (a representative, or a person of the owner). */
  speaks: boolean;
  /** The viewer is on its running side (convening side, or owner/admin of the owner). */
  runs: boolean;
};

export type CampaignStanding = {
  viewer: Viewer;
  /** Whether the viewer may know the owner exists (a secret coalition is unknown outside). */
  knowsOwner: boolean;
  /** A coalition's campaign (its lead organisation's representatives run it too). */
  inCoalition: boolean;
  /** The viewer's organisations inside the campaign's owner; empty for everyone else. */
  organizations: CampaignOrganization[];
  campaign: CampaignFacts;
};

/** A coalition campaign: those inside take part, the convening side runs it. */
export function campaignStandingInCoalition(
  s: CoalitionStanding,
  campaign: CampaignFacts,
): CampaignStanding {
  const speaking = new Set(speaksFor(s));
  const convening = new Set(convenerSideFor(s));
  return {
    viewer: s.viewer,
    knowsOwner: knowsOf(s),
    inCoalition: true,
    organizations: s.organizations
      .filter((o) => isInsideMembership(o.membership))
      .map((o) => ({
        organizationId: o.organizationId,
        speaks: speaking.has(o.organizationId),
        runs: convening.has(o.organizationId),
      })),
    campaign,
  };
}

/** An organisation's own campaign: its people take part, its owners and admins run it. */
export function campaignStandingInOrganization(
  viewer: Viewer,
  ownerOrganizationId: string,
  /** The viewer's role in the owner organisation; null when they do not belong to it. */
  role: OrgRole | null,
  campaign: CampaignFacts,
): CampaignStanding {
  return {
    viewer,
    knowsOwner: true,
    inCoalition: false,
    organizations: role
      ? [
          {
            organizationId: ownerOrganizationId,
            speaks: true,
            runs: managerRoles.includes(role),
          },
        ]
      : [],
    campaign,
  };
}

type Org = { organizationId: string };

/** Every action on a campaign and what hangs off it, with what each is about. */
export type CampaignSubjects = {
  /** The plan, objectives, stakeholders, workplan, messages, resources, outcomes, history. */
  "campaign.read": undefined;
  /** Start a campaign for an organisation (in a coalition or of its own). */
  "campaign.start": Org;
  /** Change the plan and what structures it: objectives, stakeholders, activities, messages, budget lines, publishing, status. */
  "campaign.run": undefined;
  /** Report progress on an objective the organisation owns. */
  "objective.report": { ownerOrganizationId: string | null };
  /** Withdraw a progress reading: the person who reported it, or those running the campaign. */
  "progress.withdraw": { reportedBy: string | null };
  /** Change an activity the organisation leads (its status, dates, notes). */
  "activity.update": { leadOrganizationId: string };
  /** Record a story told by people the organisation works with, with their consent. */
  "story.record": Org;
  /** Change a story's consent or withdraw it: the organisation that recorded it. */
  "story.manage": { recordedByOrganizationId: string };
  /** Pledge for an organisation, or change its own pledge. */
  "pledge.make": Org;
  /** Record what has arrived of a pledge: the pledging organisation, or those running the campaign. */
  "pledge.receive": Org;
  /** Record a spending entry for an organisation. */
  "spending.record": Org;
  /** Confirm (or query) spending: the designated fund monitor alone. */
  "spending.confirm": undefined;
  /** Log an outcome or contribute to the after-action review. */
  "outcome.record": Org;
  /** Change or remove a logged outcome: the organisation it was recorded for, or those running the campaign. */
  "outcome.manage": { recordedForOrganizationId: string | null };
};
export type CampaignAction = keyof CampaignSubjects;
export type CampaignSubjectArgs<A extends CampaignAction> = CampaignSubjects[A] extends undefined
  ? []
  : [CampaignSubjects[A]];

const allowed: Verdict = { allowed: true };
const unknown: Verdict = { allowed: false, refusal: "unknown", reason: "No such campaign." };
const signIn: Verdict = { allowed: false, refusal: "signIn", reason: "Sign in first." };
const forbidden = (reason: string): Verdict => ({ allowed: false, refusal: "forbidden", reason });
const rule = (ok: boolean, reason: string): Verdict => (ok ? allowed : forbidden(reason));

/** The organisations the viewer acts for in the campaign. */
export const campaignSpeaksFor = (s: CampaignStanding) =>
  s.organizations.filter((o) => o.speaks).map((o) => o.organizationId);

/**
 * The viewer runs the campaign: the running side of its owner, or in a coalition the lead
 * organisation's representatives.
 */
export const runsCampaign = (s: CampaignStanding) =>
  s.organizations.some(
    (o) =>
      o.runs || (s.inCoalition && o.speaks && o.organizationId === s.campaign.leadOrganizationId),
  );

/** The viewer is the fund monitor, or represents the organisation named as monitor. */
export function isFundMonitor(s: CampaignStanding) {
  const monitor = s.campaign.fundMonitor;
  if (!monitor || !s.viewer) return false;
  return monitor.kind === "person"
    ? monitor.id === s.viewer.userId
    : campaignSpeaksFor(s).includes(monitor.id);
}

const speaks = (s: CampaignStanding, organizationId: string) =>
  campaignSpeaksFor(s).includes(organizationId);

const runnersOnly =
  "Only the campaign's lead organisation and the coalition's convening side (or the owner's managers) may do this.";

function decide<A extends CampaignAction>(
  s: CampaignStanding,
  action: A,
  subject: CampaignSubjects[A],
): Verdict {
  const about = (subject ?? {}) as Partial<Org> & {
    ownerOrganizationId?: string | null;
    leadOrganizationId?: string;
    recordedByOrganizationId?: string;
    recordedForOrganizationId?: string | null;
    reportedBy?: string | null;
  };
  switch (action as CampaignAction) {
    case "campaign.read":
      return allowed;
    case "campaign.start":
      return rule(
        speaks(s, about.organizationId ?? ""),
        "Only a representative of an active member organisation may start a campaign for it.",
      );
    case "campaign.run":
      return rule(runsCampaign(s), runnersOnly);
    case "objective.report":
      return rule(
        runsCampaign(s) || speaks(s, about.ownerOrganizationId ?? ""),
        "Only the organisation that owns the objective, or those running the campaign, report its progress.",
      );
    case "progress.withdraw":
      return rule(
        runsCampaign(s) || (!!s.viewer && about.reportedBy === s.viewer.userId),
        "Only the person who reported the reading, or those running the campaign, withdraw it.",
      );
    case "activity.update":
      return rule(
        runsCampaign(s) || speaks(s, about.leadOrganizationId ?? ""),
        "Only the lead organisation of the activity, or those running the campaign, change it.",
      );
    case "story.record":
    case "pledge.make":
    case "spending.record":
    case "outcome.record":
      return rule(
        speaks(s, about.organizationId ?? ""),
        "Only a representative of the organisation may do this for it.",
      );
    case "pledge.receive":
      return rule(
        runsCampaign(s) || speaks(s, about.organizationId ?? ""),
        "Only the pledging organisation, or those running the campaign, record what has arrived.",
      );
    case "story.manage":
      return rule(
        speaks(s, about.recordedByOrganizationId ?? ""),
        "Only the organisation that recorded the story changes its consent.",
      );
    case "spending.confirm":
      return rule(isFundMonitor(s), "Only the campaign's fund monitor confirms spending.");
    case "outcome.manage":
      return rule(
        runsCampaign(s) || speaks(s, about.recordedForOrganizationId ?? ""),
        "Only the organisation the outcome was recorded for, or those running the campaign, change it.",
      );
  }
  return forbidden("This action is not known.");
}

/**
 * The one access rule for campaigns. A campaign does not exist for anyone not inside its
 * owner (the same 404 as a campaign that does not exist); inside, each action has its rule.
 * A platform administrator has no more rights here than anyone.
 */
export function checkCampaign<A extends CampaignAction>(
  s: CampaignStanding,
  action: A,
  ...subject: CampaignSubjectArgs<A>
): Verdict {
  if (!s.knowsOwner || s.organizations.length === 0) return unknown;
  const verdict = decide(s, action, subject[0] as CampaignSubjects[A]);
  if (!verdict.allowed && !s.viewer) return signIn;
  return verdict;
}

export function canCampaign<A extends CampaignAction>(
  s: CampaignStanding,
  action: A,
  ...subject: CampaignSubjectArgs<A>
): boolean {
  return checkCampaign(s, action, ...subject).allowed;
}

/** What the viewer may do with a campaign, sent with it so the web asks nothing itself. */
export const CampaignPermissions = z.object({
  run: z.boolean(),
  confirmSpending: z.boolean(),
  /** Organisations the viewer may act for: report, pledge, record stories, spending, outcomes. */
  actFor: z.array(Id),
});
export type CampaignPermissions = z.infer<typeof CampaignPermissions>;

export function campaignPermissions(s: CampaignStanding): CampaignPermissions {
  return {
    run: canCampaign(s, "campaign.run"),
    confirmSpending: canCampaign(s, "spending.confirm"),
    actFor: campaignSpeaksFor(s),
  };
}

/** Who may read an after-action review's lessons beyond the campaign: its own people, or everyone signed in. */
export const lessonSharings = ["coalition", "platform"] as const;
export type LessonSharing = (typeof lessonSharings)[number];

/**
 * Who finds a campaign's lessons among past campaigns' lessons: those who read the campaign
 * and, once those running it share them with the platform, anyone signed in. `standing` is
 * null when the viewer stands nowhere in the campaign's owner.
 */
export function canReadLessons(
  viewer: Viewer,
  shared: LessonSharing,
  standing: CampaignStanding | null,
): boolean {
  if (shared === "platform" && viewer) return true;
  return !!standing && canCampaign(standing, "campaign.read");
}
