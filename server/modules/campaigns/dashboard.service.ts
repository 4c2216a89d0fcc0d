import type { CampaignPartDeps } from "./campaign-part.ts";

/** Placeholder until this part is built: see issue 12. */
export function createDashboardService(deps: CampaignPartDeps) {
  void deps;
  return {};
}
export type DashboardService = ReturnType<typeof createDashboardService>;
