import type { Campaign } from "../../../../shared/campaigns/core.ts";

/** The campaign's dashboard on its overview: being built (issue 12). */
export function CampaignDashboard({ campaign }: { campaign: Campaign }) {
  void campaign;
  return null;
}
