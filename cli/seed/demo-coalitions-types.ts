import type { Charter, CoalitionRole, CoalitionVisibility } from "../../shared/coalitions.ts";
import type { ProposalRulesInput } from "../../shared/decisions/index.ts";
import type { LocalizedText } from "../../shared/locales.ts";
import type { DemoPerson } from "./demo-types.ts";

/** One proposal of a demo coalition; `closed` ones are closed by the convener after the stances. */
export type ProposalPlan = {
  by: string;
  title: string;
  body?: LocalizedText;
  rules?: ProposalRulesInput;
  /** A charter amendment, decided under the charter's own rule. */
  charter?: Charter;
  closesInDays?: number;
  hiddenResults?: boolean;
  anonymous?: boolean;
  /** In order: an organisation may appear twice, changing its stance. */
  stances?: [string, unknown][];
  closed?: boolean;
  outcome?: LocalizedText;
  reviewInDays?: number;
};

export type MeetingPlan = {
  title: string;
  /** Days from now (negative: past), and the hour in UTC it starts. */
  inDays: number;
  atHourUtc: number;
  hours: number;
  timeZone: string;
  location?: string;
  onlineUrl?: string;
  agenda?: LocalizedText;
  attendance?: [string, "present" | "apologies" | "absent"][];
  minutes?: LocalizedText;
  decisions?: { text: LocalizedText }[];
  actionItems?: {
    title: string;
    owner: string;
    dueInDays: number;
    status?: "open" | "in_progress" | "done" | "cancelled";
  }[];
  cancelled?: boolean;
};

export type ThreadPlan = {
  by: string;
  title: string;
  /** `@0`, `@1`, … stand for the organisations in `mentions`. */
  firstComment: string;
  mentions?: string[];
  replies?: { by: string; text: string }[];
  concern?: {
    problem: LocalizedText;
    endGoal: LocalizedText;
    potentialAllies?: LocalizedText;
    participants: string[];
    resolution?: LocalizedText;
  };
};

/** A demo coalition, by organisation names from the demo dataset. */
export type CoalitionPlan = {
  name: string;
  convener: string;
  visibility: CoalitionVisibility;
  memberListVisibility?: "public" | "members";
  charter: Charter;
  members: {
    org: string;
    role?: Exclude<CoalitionRole, "convener">;
    state?: "invited" | "active" | "suspended";
    namedPublicly?: boolean;
    /** Who speaks for the organisation here; the owner, who acts in the seed, stays in. */
    representatives?: DemoPerson[];
  }[];
  /** Changes the convener makes directly, where the charter leaves them to the convener. */
  amendments?: { byConvener: true; charter: Charter }[];
  proposals: ProposalPlan[];
  /** Organisations that apply after the rest is set up. */
  applicants?: { org: string; answers: Record<string, string> }[];
  meetings?: MeetingPlan[];
  threads?: ThreadPlan[];
};
