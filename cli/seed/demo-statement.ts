import type { Services } from "../../server/app.ts";
import {
  MitigationInput,
  RiskAssessmentInput,
  RiskDecisionInput,
  RiskResponseInput,
} from "../../shared/risk/api.ts";
import type { RiskCategory } from "../../shared/risk/heatmap.ts";
import { AnswerInput, StatementInput } from "../../shared/statements/api.ts";
import type { DemoDirectory } from "./demo-coalitions.ts";
import { bureau, forum, fund, maan, rescue } from "./demo-campaign-orgs.ts";
import { t } from "./demo-types.ts";

/** The humanitarian office that supports the coalition without being seen to. */
export const levantOffice = "Inter-Agency Protection Support Office (Levant)";

/**
 * The campaign's joint statement, as the seeds describe such statements going: drafted by the
 * convener, signed publicly by three members, supported privately by two (the humanitarian
 * office, whose access to people in need would be at risk, and the Yemeni documentation group,
 * whose staff are in the country), assessed for risk by six members (the office's access risk
 * is above the charter's threshold), and published once the coalition decided who fronts it.
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
  // The office's, the legal desk's and the fund's representatives are named in the plan.
  const representative = (name: string) =>
    [levantOffice, rescue, fund].includes(name) ? d.actorOf("james") : as(name);
  const versionId = drafted.current.id;
  for (const [name, answer] of answers) {
    await services.statements.answer(
      representative(name),
      id,
      AnswerInput.parse({ organizationId: org(name), answer, versionId }),
    );
  }

  const assessment = await services.risk.create(
    convener,
    ids.coalitionId,
    RiskAssessmentInput.parse({
      subjectKind: "statement",
      subjectId: id,
      country: "YE",
      audienceLanguages: ["ar", "en"],
      capacities: ["documentation", "litigation"],
    }),
  );
  type Rating = [RiskCategory, number, number];
  const assessed: [string, Rating[], string[]][] = [
    [
      forum,
      [
        ["reputation", 2, 2],
        ["legal", 2, 2],
        ["funding", 1, 2],
      ],
      [],
    ],
    [
      bureau,
      [
        ["legal", 2, 3],
        ["reputation", 2, 2],
      ],
      [],
    ],
    [
      rescue,
      [
        ["legal", 3, 3],
        ["authorities", 2, 2],
      ],
      [],
    ],
    [
      fund,
      [
        ["funding", 2, 2],
        ["reputation", 2, 3],
      ],
      [],
    ],
    [
      maan,
      [
        ["safety", 4, 4],
        ["authorities", 4, 3],
        ["access", 3, 3],
      ],
      ["Brief our field researchers in Aden before the statement is out"],
    ],
    [
      levantOffice,
      [
        ["access", 4, 5],
        ["authorities", 3, 4],
        ["safety", 2, 3],
      ],
      ["Keep the humanitarian office out of every public list of supporters"],
    ],
  ];
  for (const [name, ratings, mitigations] of assessed) {
    await services.risk.answer(
      representative(name),
      assessment.id,
      org(name),
      RiskResponseInput.parse({
        ratings: ratings.map(([category, likelihood, impact]) => ({
          category,
          likelihood,
          impact,
        })),
        mitigations,
      }),
    );
  }
  const day = 86_400_000;
  const inDays = (n: number) => new Date(services.clock.now().getTime() + n * day);
  await services.riskRegister.add(
    convener,
    assessment.id,
    MitigationInput.parse({
      title: "Brief field researchers in Aden before publication",
      ownerOrganizationId: org(maan),
      dueOn: inDays(3).toISOString().slice(0, 10),
    }),
  );

  // Who fronts: the three organisations that can speak publicly; the coalition consents.
  const proposal = await services.riskDecisions.open(
    convener,
    assessment.id,
    RiskDecisionInput.parse({
      organizationId: org(forum),
      title: "Publish the statement with three named signatories",
      closesAt: inDays(2).toISOString(),
      messengers: [org(forum), org(bureau), org(rescue)],
    }),
  );
  for (const name of [forum, maan, bureau, rescue, fund]) {
    await services.proposals.cast(representative(name), proposal.id, org(name), {
      stance: "agree",
    });
  }
  await services.proposals.close(convener, proposal.id);
  await services.statements.publish(convener, id);
  return { statementId: id, assessmentId: assessment.id, proposalId: proposal.id };
}
