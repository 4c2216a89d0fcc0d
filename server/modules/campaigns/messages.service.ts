import type { CampaignPartDeps } from "./campaign-part.ts";

/** Placeholder until this part is built: see issue 12. */
export function createMessagesService(deps: CampaignPartDeps) {
  void deps;
  return {};
}
export type MessagesService = ReturnType<typeof createMessagesService>;
