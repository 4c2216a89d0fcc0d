/*
 * The words a campaign is planned in, as codes the web translates: the same lists in the
 * server's validation, the database and the four languages.
 */

export const campaignStatuses = ["planning", "active", "paused", "closed"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** The tactics practitioners choose per target. */
export const tactics = [
  "private_diplomacy",
  "public_statement",
  "litigation",
  "un_mechanisms",
  "media",
  "mobilisation",
  "third_party_messaging",
  "research",
  "lobbying",
  "coalition_building",
] as const;
export type Tactic = (typeof tactics)[number];

/** Complementary roles organisations take in a joint campaign (the role matrix's columns). */
export const campaignRoles = [
  "documentation",
  "analysis",
  "litigation",
  "funding",
  "media",
  "mobilisation",
  "advocacy",
  "coordination",
] as const;
export type CampaignRole = (typeof campaignRoles)[number];

export const stakeholderTypes = [
  "institution",
  "official",
  "company",
  "media",
  "community",
  "organisation",
  "other",
] as const;
export type StakeholderType = (typeof stakeholderTypes)[number];

export const stakeholderRoles = ["target", "influencer"] as const;

/** The spectrum of allies, from active opposition (-2) to active ally (+2). */
export const allyPositions = [
  "active_opposition",
  "passive_opposition",
  "neutral",
  "passive_ally",
  "active_ally",
] as const;
export type AllyPosition = (typeof allyPositions)[number];
/** The spectrum as the number the power map draws and the database keeps. */
export const positionValue = (p: AllyPosition) => allyPositions.indexOf(p) - 2;
export const positionOf = (value: number): AllyPosition =>
  allyPositions[Math.max(0, Math.min(4, Math.round(value) + 2))] ?? "neutral";

export const activityStatuses = ["planned", "in_progress", "done", "blocked", "cancelled"] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const messageFrames = [
  "rights_based",
  "humanitarian",
  "faith",
  "legal",
  "economic",
  "security",
  "public_health",
] as const;
export type MessageFrame = (typeof messageFrames)[number];

/** What a person consented their story to be used for. */
export const storyUses = ["internal", "public_named", "public_anonymised"] as const;
export type StoryUse = (typeof storyUses)[number];

export const pledgeKinds = ["money", "staff_days", "in_kind"] as const;
export type PledgeKind = (typeof pledgeKinds)[number];

export const spendingStatuses = ["recorded", "confirmed", "queried"] as const;
export type SpendingStatus = (typeof spendingStatuses)[number];

export const outcomeSignificances = ["significant", "some", "none"] as const;
