import type { CampaignPartDeps } from "./campaign-part.ts";

/** Placeholder until this part is built: see issue 12. */
export function createResourcesService(deps: CampaignPartDeps) {
  void deps;
  return {};
}
export type ResourcesService = ReturnType<typeof createResourcesService>;
