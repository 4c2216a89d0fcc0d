/** The parts of a campaign, each its own page under /campaigns/$id, in the order of the tabs. */
export const campaignParts = [
  "objectives",
  "stakeholders",
  "workplan",
  "messages",
  "resources",
  "outcomes",
  "history",
] as const;
export type CampaignPart = (typeof campaignParts)[number];
