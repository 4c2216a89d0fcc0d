import { type Charter, defaultDecisionRules } from "../../shared/coalitions.ts";
import { t } from "./demo-types.ts";

// The demo coalitions' charters. Focal points name their organisation by name; the seeder
// puts in the id, since ids exist only once the organisations are created.

const consent = { method: "consent", quorum: 0.5 } as const;
const convener = { method: "convener", quorum: 0 } as const;

export const detentionCharter: Charter = {
  purpose: t("ar", {
    ar: "إنهاء الاعتقال التعسفي والاختفاء القسري في المشرق، ودعم العائلات في الوصول إلى الحقيقة والعدالة.",
    en: "End arbitrary detention and enforced disappearance in the Levant, and support families in reaching truth and justice.",
    fr: "Mettre fin à la détention arbitraire et aux disparitions forcées au Levant, et soutenir les familles dans leur quête de vérité et de justice.",
  }),
  goals: t("ar", {
    ar: "رفع ٢٠٠ حالة موثّقة إلى الفريق العامل المعني بالاحتجاز التعسفي خلال عامين؛ وإصدار تقرير ظل مشترك.",
    en: "Bring 200 documented cases to the UN Working Group on Arbitrary Detention within two years; publish a joint shadow report.",
  }),
  scope: t("en", {
    en: "Joint documentation standards, joint submissions to UN mechanisms, coordinated public statements on detention.",
    ar: "معايير توثيق مشتركة، وتقارير مشتركة إلى آليات الأمم المتحدة، وبيانات علنية منسّقة بشأن الاحتجاز.",
  }),
  limits: t("en", {
    en: "The coalition does not name individual perpetrators publicly without the consent of the families, and never speaks for a member that has not agreed.",
    ar: "لا يسمّي التحالف مرتكبين بعينهم علنًا دون موافقة العائلات، ولا يتحدث باسم عضو لم يوافق.",
  }),
  membershipCriteria: t("en", {
    en: "Organisations documenting detention in the region under do-no-harm principles, or supporting families of the detained.",
  }),
  applicationQuestions: [
    {
      key: "documentation",
      text: t("en", {
        en: "How do you document cases, and how do you protect the people who testify?",
        ar: "كيف توثّقون الحالات، وكيف تحمون من يدلون بشهاداتهم؟",
      }),
    },
  ],
  decisionRules: { ...defaultDecisionRules, admission: consent },
  focalPoints: [
    {
      activity: t("en", {
        en: "Joint submissions to UN mechanisms",
        ar: "البلاغات المشتركة إلى آليات الأمم المتحدة",
      }),
      organizationId: "Bureau Genevois pour la Justice Internationale",
    },
    {
      activity: t("ar", { ar: "التواصل مع العائلات", en: "Liaison with families" }),
      organizationId: "Markaz Nidaa lil-Huquq al-Madaniya",
    },
  ],
  collaborationLevel: "coordination",
  meetingRhythm: t("ar", {
    ar: "اجتماع شهري عبر الإنترنت، ولقاء حضوري مرتين في السنة.",
    en: "Monthly online, in person twice a year.",
  }),
  reviewDate: "2027-06-30",
};

export const protectionCharter: Charter = {
  purpose: t("fr", {
    fr: "Coordonner la protection des civils déplacés dans le centre du Mali : orientation des cas, documentation, plaidoyer discret auprès des autorités.",
    en: "Coordinate the protection of displaced civilians in central Mali: case referral, documentation and quiet advocacy with the authorities.",
  }),
  goals: t("fr", {
    fr: "Un circuit d'orientation commun en place dans trois cercles ; une note de plaidoyer trimestrielle.",
  }),
  limits: t("fr", {
    fr: "Aucune déclaration publique au nom du groupe sans l'accord de tous ses membres humanitaires.",
    en: "No public statement in the group's name without the agreement of all its humanitarian members.",
  }),
  decisionRules: {
    admission: convener,
    statements: { method: "consensus", quorum: 0.5 },
    charter: { method: "consent", quorum: 0.5 },
    spending: consent,
  },
  applicationQuestions: [],
  focalPoints: [
    {
      activity: t("fr", { fr: "Orientation des cas", en: "Case referral" }),
      organizationId: "Clinique Juridique Solidarité Mali",
    },
    {
      activity: t("fr", { fr: "Protection de l'enfance", en: "Child protection" }),
      organizationId: "Sahel Enfance Protection",
    },
  ],
  collaborationLevel: "coordination",
  meetingRhythm: t("fr", { fr: "Toutes les deux semaines, le mardi." }),
};

export const exchangeCharter: Charter = {
  purpose: t("en", {
    en: "Share information on grave violations against children in Yemen between organisations that cannot be seen to work together.",
    ar: "تبادل المعلومات حول الانتهاكات الجسيمة ضد الأطفال في اليمن بين منظمات لا يمكن أن تُرى وهي تعمل معًا.",
  }),
  limits: t("en", {
    en: "No public statements. Information shared here is never attributed to the member that shared it.",
  }),
  decisionRules: { ...defaultDecisionRules, statements: { method: "consensus", quorum: 1 } },
  applicationQuestions: [],
  focalPoints: [],
  collaborationLevel: "information_sharing",
};

export const memoryCharter: Charter = {
  purpose: t("es", {
    es: "Impulsar juntas la búsqueda de personas desaparecidas y el derecho a la memoria en América Latina y el Caribe.",
    en: "Press together for the search for disappeared people and the right to memory in Latin America and the Caribbean.",
    fr: "Faire avancer ensemble la recherche des personnes disparues et le droit à la mémoire en Amérique latine et dans les Caraïbes.",
  }),
  goals: t("es", {
    es: "Una ley marco de búsqueda en dos países; una campaña regional el 30 de agosto, Día Internacional de las Víctimas de Desapariciones Forzadas.",
  }),
  decisionRules: {
    admission: convener,
    statements: { method: "majority", quorum: 0.5 },
    charter: convener,
    spending: {
      method: "supermajority",
      quorum: 0.5,
      threshold: { numerator: 2, denominator: 3, of: "cast" },
    },
  },
  applicationQuestions: [],
  focalPoints: [],
  collaborationLevel: "coordination",
  meetingRhythm: t("es", { es: "Reunión mensual en línea, el primer jueves." }),
};

export const allianceCharter: Charter = {
  purpose: t("en", {
    en: "Faith leaders and women's rights groups working together for women's place in peace negotiations.",
    fr: "Des responsables religieux et des associations de défense des droits des femmes, ensemble pour la place des femmes dans les négociations de paix.",
    ar: "قيادات دينية ومنظمات لحقوق المرأة تعمل معًا من أجل مكانة المرأة في مفاوضات السلام.",
  }),
  scope: t("en", {
    en: "Joint messages to mediators; exchanges between congregations and women's groups.",
  }),
  decisionRules: { ...defaultDecisionRules, statements: { method: "consensus", quorum: 0.5 } },
  applicationQuestions: [],
  focalPoints: [],
  collaborationLevel: "information_sharing",
};
