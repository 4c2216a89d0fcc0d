import type { Services } from "../../server/app.ts";
import { AnswerInput, StatementInput } from "../../shared/statements/api.ts";
import type { DemoDirectory } from "./demo-coalitions.ts";
import { bureau, forum, maan, rescue } from "./demo-campaign-orgs.ts";
import { t } from "./demo-types.ts";

/** The humanitarian office that supports the coalition without being seen to. */
export const levantOffice = "Inter-Agency Protection Support Office (Levant)";

/**
 * The campaign's joint statement, as the seeds describe such statements going: drafted by the
 * convener, signed publicly by three members, supported privately by two (the humanitarian
 * office, whose access to people in need would be at risk, and the Yemeni documentation group,
 * whose staff are in the country), and published once the coalition decided who fronts it.
 */
export async function seedDemoStatement(
  services: Services,
  d: DemoDirectory,
  ids: { coalitionId: string; campaignId: string },
) {
  const as = (org: string) => d.actorOf(d.ownerOf(org));
  const org = d.organizationId;
  const convener = as(forum);
  const drafted = await services.statements.create(
    convener,
    ids.coalitionId,
    StatementInput.parse({
      campaignId: ids.campaignId,
      showPrivateCount: false,
      title: t("en", {
        en: "Stop licensing the bombs that fall on Yemen's children",
        fr: "Cessez d’autoriser les bombes qui tombent sur les enfants du Yémen",
        ar: "أوقفوا ترخيص القنابل التي تسقط على أطفال اليمن",
      }),
      text: t("en", {
        en: "We, the undersigned organisations, call on the governments that still license bombs and aircraft parts for the parties to the war in Yemen to **suspend every such licence now**.\n\nWeapons traced to these licences have struck homes, schools and markets. Each licence granted after the evidence was public is a choice.",
        fr: "Nous, organisations signataires, appelons les gouvernements qui autorisent encore des bombes et des pièces d’aéronefs pour les parties au conflit au Yémen à **suspendre dès maintenant toutes ces licences**.\n\nDes armes couvertes par ces licences ont frappé des maisons, des écoles et des marchés. Chaque licence accordée après que les preuves ont été publiées est un choix.",
        ar: "نحن المنظمات الموقّعة أدناه ندعو الحكومات التي لا تزال ترخّص القنابل وقطع الطائرات لأطراف الحرب في اليمن إلى **تعليق جميع هذه التراخيص فورًا**.\n\nأصابت أسلحةٌ تعود إلى هذه التراخيص منازل ومدارس وأسواقًا. وكل ترخيص يُمنح بعد نشر الأدلة هو خيار.",
      }),
    }),
  );
  const id = drafted.id;
  await services.statements.update(convener, id, { status: "open" });
  const answers: [string, "public" | "private" | "decline", string?][] = [
    [forum, "public"],
    [bureau, "public"],
    [rescue, "public"],
    [maan, "private"],
    [levantOffice, "private"],
  ];
  const versionId = drafted.current.id;
  for (const [name, answer] of answers) {
    // The office's and the legal desk's representatives are named in the coalition plan.
    const actor = name === levantOffice || name === rescue ? d.actorOf("james") : as(name);
    await services.statements.answer(
      actor,
      id,
      AnswerInput.parse({ organizationId: org(name), answer, versionId }),
    );
  }
  return { statementId: id };
}
