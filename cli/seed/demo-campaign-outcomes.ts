import type { Services } from "../../server/app.ts";
import type { Actor } from "../../server/modules/auth/actor.ts";
import { OutcomeInput } from "../../shared/campaigns/outcomes.ts";
import { t } from "./demo-types.ts";

/**
 * The campaign's outcomes log so far: what changed, what the campaign contributed, and the
 * evidence, each recorded by the organisation closest to it, in its own language.
 */
export async function seedDemoOutcomes(
  services: Services,
  campaignId: string,
  on: (days: number) => string,
  recorders: { forum: [Actor, string]; bureau: [Actor, string] },
) {
  const [forumActor, forumId] = recorders.forum;
  const [bureauActor, bureauId] = recorders.bureau;
  await services.outcomes.create(
    forumActor,
    campaignId,
    OutcomeInput.parse({
      organizationId: forumId,
      observedOn: on(-40),
      change: t("en", {
        en: "One government suspended two export licences for guided bombs pending review.",
      }),
      contribution: t("en", {
        en: "The ministry's review note cites the coalition's strike documentation and impact analysis.",
      }),
      evidence: "https://example.org/demo/licence-review-note",
      significance: "significant",
    }),
  );
  await services.outcomes.create(
    bureauActor,
    campaignId,
    OutcomeInput.parse({
      organizationId: bureauId,
      observedOn: on(-12),
      change: t("fr", {
        fr: "La commission parlementaire de la défense a inscrit les exportations d'armes à son ordre du jour.",
      }),
      contribution: t("fr", {
        fr: "Une partie des briefings préparés par la coalition ; d'autres acteurs ont aussi poussé.",
      }),
      evidence: null,
      significance: "some",
    }),
  );
}
