import { defaultDecisionRules } from "../../shared/coalitions.ts";
import type { Charter } from "../../shared/coalitions.ts";
import type { CoalitionPlan } from "./demo-coalitions-types.ts";
import { t } from "./demo-types.ts";

/*
 * Modelled on the seeds' arms-sales case (every name fictional): one organisation documents
 * violations on the ground, another analyses the transfers and their effect on civilians,
 * lawyers litigate, a fund pays, and a humanitarian office supports without being seen to.
 */

const armsCharter: Charter = {
  purpose: t("en", {
    en: "End transfers of weapons that are used against civilians in Yemen, by documenting their use, analysing the licences behind them and taking the governments that grant them to court.",
    fr: "Mettre fin aux transferts d’armes utilisées contre les civils au Yémen, en documentant leur usage, en analysant les licences qui les autorisent et en poursuivant en justice les gouvernements qui les accordent.",
    ar: "إنهاء نقل الأسلحة التي تُستخدم ضد المدنيين في اليمن، بتوثيق استخدامها وتحليل التراخيص التي تسمح بها ومقاضاة الحكومات التي تمنحها.",
  }),
  limits: t("en", {
    en: "Members working inside Yemen are never named in public material without their written agreement.",
  }),
  decisionRules: { ...defaultDecisionRules, statements: { method: "consensus", quorum: 0.5 } },
  // Above these (likelihood × impact) for any member, a public action needs a decision.
  riskThresholds: { access: 12, safety: 12, legal: 16 },
  applicationQuestions: [],
  focalPoints: [],
  collaborationLevel: "joint_action",
};

export const armsPlan: CoalitionPlan = {
  name: "Stop Arms to Yemen Coalition",
  convener: "Arms Transparency Forum Europe",
  visibility: "unlisted",
  memberListVisibility: "members",
  charter: armsCharter,
  members: [
    { org: "Maan li-Atfal al-Yaman", role: "co_lead", namedPublicly: false },
    { org: "Bureau Genevois pour la Justice Internationale" },
    { org: "Mediterranean Rescue Legal Desk", representatives: ["james", "claire"] },
    { org: "Northern Lights Rights Fund", representatives: ["james", "lucia"] },
    {
      org: "Inter-Agency Protection Support Office (Levant)",
      role: "observer",
      representatives: ["james", "amina"],
      namedPublicly: false,
    },
  ],
  proposals: [
    {
      by: "Arms Transparency Forum Europe",
      title: "Run a two-year joint campaign to suspend arms export licences",
      body: t("en", {
        en: "Each member takes the part it does best: documentation from Yemen, analysis of the licences, litigation in two European courts, and a pooled fund watched by a monitor.",
      }),
      rules: { kind: "consent" },
      stances: [
        ["Arms Transparency Forum Europe", { stance: "agree" }],
        ["Maan li-Atfal al-Yaman", { stance: "agree" }],
        ["Bureau Genevois pour la Justice Internationale", { stance: "agree" }],
        ["Mediterranean Rescue Legal Desk", { stance: "agree" }],
      ],
      closed: true,
      outcome: t("en", {
        en: "Adopted: the campaign starts in January with four complementary roles.",
        ar: "اعتُمد: تبدأ الحملة في يناير بأربعة أدوار متكاملة.",
      }),
    },
  ],
};
