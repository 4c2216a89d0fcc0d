import type { CampaignPartDeps } from "./campaign-part.ts";

/** Placeholder until this part is built: see issue 12. */
export function createStakeholdersService(deps: CampaignPartDeps) {
  void deps;
  return {};
}
export type StakeholdersService = ReturnType<typeof createStakeholdersService>;
