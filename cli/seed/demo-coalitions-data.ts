import { type Charter, defaultDecisionRules } from "../../shared/coalitions.ts";
import type { CoalitionPlan } from "./demo-coalitions-types.ts";
import { t } from "./demo-types.ts";

const consent = { method: "consent", quorum: 0.5 } as const;
const convener = { method: "convener", quorum: 0 } as const;

const detentionCharter: Charter = {
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
  focalPoints: [],
  collaborationLevel: "coordination",
  meetingRhythm: t("ar", {
    ar: "اجتماع شهري عبر الإنترنت، ولقاء حضوري مرتين في السنة.",
    en: "Monthly online, in person twice a year.",
  }),
  reviewDate: "2027-06-30",
};

const protectionCharter: Charter = {
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
  focalPoints: [],
  collaborationLevel: "coordination",
  meetingRhythm: t("fr", { fr: "Toutes les deux semaines, le mardi." }),
};

const exchangeCharter: Charter = {
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

const memoryCharter: Charter = {
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

const allianceCharter: Charter = {
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

export const coalitionPlans: CoalitionPlan[] = [
  {
    name: "Levant Coalition against Arbitrary Detention",
    convener: "Markaz Nidaa lil-Huquq al-Madaniya",
    visibility: "public",
    charter: detentionCharter,
    members: [
      { org: "Bureau Genevois pour la Justice Internationale", role: "co_lead" },
      { org: "Lanka Families of the Disappeared Circle" },
      { org: "Mediterranean Rescue Legal Desk" },
      {
        org: "Inter-Agency Protection Support Office (Levant)",
        role: "observer",
        namedPublicly: false,
      },
      { org: "Arms Transparency Forum Europe", state: "invited" },
    ],
    proposals: [
      {
        by: "Markaz Nidaa lil-Huquq al-Madaniya",
        title: "Move to joint action: joint submissions in the coalition's name",
        charter: { ...detentionCharter, collaborationLevel: "joint_action" },
        stances: [
          ["Markaz Nidaa lil-Huquq al-Madaniya", { stance: "yes" }],
          ["Bureau Genevois pour la Justice Internationale", { stance: "yes" }],
          ["Lanka Families of the Disappeared Circle", { stance: "yes" }],
          ["Mediterranean Rescue Legal Desk", { stance: "abstain" }],
        ],
        closed: true,
        outcome: t("en", {
          en: "The coalition now submits jointly to UN mechanisms in its own name.",
        }),
      },
      {
        by: "Bureau Genevois pour la Justice Internationale",
        title: "Joint submission to the Working Group on Arbitrary Detention",
        body: t("en", {
          en: "Submit the 48 cases documented since January as one joint communication.",
        }),
        rules: { kind: "consent", quorum: 0.5 },
        stances: [
          ["Markaz Nidaa lil-Huquq al-Madaniya", { stance: "agree" }],
          [
            "Lanka Families of the Disappeared Circle",
            { stance: "object", reason: "Two families have not yet given consent." },
          ],
          ["Lanka Families of the Disappeared Circle", { stance: "agree" }],
          ["Mediterranean Rescue Legal Desk", { stance: "agree" }],
        ],
        closed: true,
        outcome: t("en", {
          en: "Adopted after the two families gave consent; the submission goes out with 48 cases.",
          ar: "اعتُمد بعد موافقة العائلتين؛ يُرسل البلاغ متضمنًا ٤٨ حالة.",
        }),
        reviewInDays: 90,
      },
      {
        by: "Markaz Nidaa lil-Huquq al-Madaniya",
        title: "Which mechanism do we prioritise next year?",
        rules: {
          kind: "ranked_choice",
          quorum: 0.5,
          options: [
            "Working Group on Arbitrary Detention",
            "Committee against Torture",
            "Universal Periodic Review",
          ],
        },
        stances: [
          [
            "Markaz Nidaa lil-Huquq al-Madaniya",
            { ranking: ["Committee against Torture", "Universal Periodic Review"] },
          ],
          [
            "Bureau Genevois pour la Justice Internationale",
            { ranking: ["Universal Periodic Review", "Committee against Torture"] },
          ],
          [
            "Lanka Families of the Disappeared Circle",
            { ranking: ["Working Group on Arbitrary Detention", "Committee against Torture"] },
          ],
        ],
        closesInDays: 6,
      },
      {
        by: "Markaz Nidaa lil-Huquq al-Madaniya",
        title: "When do we meet in person?",
        rules: {
          kind: "time_poll",
          slots: [
            "2027-02-10T08:00:00+02:00",
            "2027-02-17T08:00:00+02:00",
            "2027-03-03T08:00:00+02:00",
          ],
        },
        stances: [
          [
            "Bureau Genevois pour la Justice Internationale",
            {
              answers: {
                "2027-02-10T08:00:00+02:00": "yes",
                "2027-02-17T08:00:00+02:00": "if_need_be",
              },
            },
          ],
        ],
        closesInDays: 3,
      },
      {
        by: "Markaz Nidaa lil-Huquq al-Madaniya",
        title: "Is a regional detention database worth building?",
        rules: { kind: "sense_check" },
        stances: [
          [
            "Bureau Genevois pour la Justice Internationale",
            { stance: "agree", comment: "If hosted outside the region." },
          ],
          ["Mediterranean Rescue Legal Desk", { stance: "unsure" }],
        ],
        closed: true,
      },
    ],
    applicants: [
      {
        org: "Köprü Mülteci Dayanışma Derneği",
        answers: {
          documentation:
            "Structured interviews by trained staff, consent forms, encrypted storage.",
        },
      },
    ],
    meetings: [
      {
        title: "Monthly coordination call",
        inDays: -14,
        atHourUtc: 9,
        hours: 2,
        timeZone: "Asia/Beirut",
        onlineUrl: "https://meet.example.org/levant-detention",
        agenda: t("en", {
          en: "1. Cases for the joint submission\n2. Security of documenters\n3. Next steps",
        }),
        attendance: [
          ["Markaz Nidaa lil-Huquq al-Madaniya", "present"],
          ["Bureau Genevois pour la Justice Internationale", "present"],
          ["Lanka Families of the Disappeared Circle", "apologies"],
          ["Mediterranean Rescue Legal Desk", "present"],
        ],
        minutes: t("en", {
          en: "We reviewed the 48 cases. Two families still have to consent. Documenters in two cities report surveillance.",
        }),
        decisions: [{ text: t("en", { en: "Put the joint submission to a consent decision." }) }],
        actionItems: [
          {
            title: "Collect the last two consent forms",
            owner: "Markaz Nidaa lil-Huquq al-Madaniya",
            dueInDays: -3,
            status: "in_progress",
          },
          {
            title: "Draft the joint communication",
            owner: "Bureau Genevois pour la Justice Internationale",
            dueInDays: -7,
            status: "done",
          },
          {
            title: "Digital safety training for documenters",
            owner: "Mediterranean Rescue Legal Desk",
            dueInDays: -1,
          },
        ],
      },
      {
        title: "اجتماع التنسيق الشهري",
        inDays: 12,
        atHourUtc: 9,
        hours: 2,
        timeZone: "Asia/Beirut",
        location: "Beirut",
        onlineUrl: "https://meet.example.org/levant-detention",
        agenda: t("ar", { ar: "١. المتابعة مع الفريق العامل\n٢. تقرير الظل" }),
        actionItems: [
          {
            title: "Outline of the shadow report",
            owner: "Lanka Families of the Disappeared Circle",
            dueInDays: 20,
          },
        ],
      },
    ],
    threads: [
      {
        by: "Bureau Genevois pour la Justice Internationale",
        title: "Format for the joint communication",
        firstComment:
          "We propose the **standard WGAD form**, one case per annex. Can @0 check the Arabic translations?",
        mentions: ["Markaz Nidaa lil-Huquq al-Madaniya"],
        replies: [
          { by: "Markaz Nidaa lil-Huquq al-Madaniya", text: "Yes, we will review them by Friday." },
        ],
      },
      {
        by: "Mediterranean Rescue Legal Desk",
        title: "Naming a security service in our public statement",
        firstComment:
          "Naming them puts our partners at the port at risk. Can we talk before the statement goes out?",
        concern: {
          problem: t("en", {
            en: "The draft statement names a security service that controls access to the port.",
          }),
          endGoal: t("en", {
            en: "A statement that keeps the facts without endangering partners on the ground.",
          }),
          potentialAllies: t("en", {
            en: "The observer agency knows how the authorities reacted last time.",
          }),
          participants: ["Markaz Nidaa lil-Huquq al-Madaniya"],
          resolution: t("en", {
            en: "The statement describes the facts and leaves the name to the joint UN submission.",
          }),
        },
      },
    ],
  },
  {
    name: "Groupe de travail Protection – Centre du Mali",
    convener: "Clinique Juridique Solidarité Mali",
    visibility: "unlisted",
    memberListVisibility: "members",
    charter: protectionCharter,
    members: [
      { org: "Voix du Sahel pour les Droits Humains", role: "co_lead" },
      { org: "Sahel Enfance Protection" },
      { org: "West Africa Faith Coalition for Peace" },
      { org: "Jisr al-Amal Relief", namedPublicly: false },
      { org: "Centre pour les Droits des Peuples de la Forêt", state: "suspended" },
      { org: "Réseau des Femmes Leaders du Kivu", role: "observer", state: "invited" },
    ],
    proposals: [
      {
        by: "Voix du Sahel pour les Droits Humains",
        title: "Déclaration publique sur les attaques contre les écoles",
        rules: { kind: "consensus", quorum: 0.5 },
        stances: [
          ["Clinique Juridique Solidarité Mali", { stance: "agree" }],
          ["Voix du Sahel pour les Droits Humains", { stance: "agree" }],
          [
            "Jisr al-Amal Relief",
            {
              stance: "block",
              reason: "Une déclaration publique mettrait fin à notre accès aux sites de déplacés.",
            },
          ],
        ],
        closed: true,
        outcome: t("fr", {
          fr: "Pas de déclaration publique ; une lettre confidentielle au gouverneur à la place.",
        }),
      },
      {
        by: "Clinique Juridique Solidarité Mali",
        title: "Financer un deuxième juriste mobile",
        rules: { kind: "majority", quorum: 0.5, threshold: { of: "eligible" } },
        stances: [
          ["Clinique Juridique Solidarité Mali", { stance: "yes" }],
          ["Sahel Enfance Protection", { stance: "no" }],
          ["West Africa Faith Coalition for Peace", { stance: "abstain" }],
        ],
        closed: true,
        outcome: t("fr", {
          fr: "Rejeté : nous chercherons un financement dédié avant d'y revenir.",
        }),
      },
      {
        by: "Clinique Juridique Solidarité Mali",
        title: "Adopter le circuit d'orientation commun",
        rules: { kind: "consent", quorum: 0.5 },
        hiddenResults: true,
        stances: [["Sahel Enfance Protection", { stance: "agree" }]],
        closesInDays: 1,
      },
    ],
    meetings: [
      {
        title: "Réunion du groupe de travail",
        inDays: 2,
        atHourUtc: 10,
        hours: 2,
        timeZone: "Africa/Bamako",
        location: "Mopti",
        agenda: t("fr", { fr: "1. Circuit d'orientation\n2. Incidents du mois\n3. Divers" }),
        actionItems: [
          {
            title: "Cartographier les services d'orientation à Bandiagara",
            owner: "Sahel Enfance Protection",
            dueInDays: -5,
          },
        ],
      },
      {
        title: "Réunion reportée (sécurité)",
        inDays: -5,
        atHourUtc: 10,
        hours: 2,
        timeZone: "Africa/Bamako",
        location: "Mopti",
        cancelled: true,
      },
    ],
    threads: [
      {
        by: "Voix du Sahel pour les Droits Humains",
        title: "Incidents signalés à Douentza",
        firstComment:
          "Trois incidents signalés cette semaine. Qui peut assurer le suivi juridique ?",
        replies: [
          { by: "Clinique Juridique Solidarité Mali", text: "Notre juriste mobile y sera jeudi." },
        ],
      },
    ],
  },
  {
    name: "Yemen Children Information Exchange",
    convener: "Maan li-Atfal al-Yaman",
    visibility: "secret",
    memberListVisibility: "members",
    charter: exchangeCharter,
    members: [
      { org: "Inter-Agency Protection Support Office (Levant)", namedPublicly: false },
      { org: "Safe Classrooms Network" },
    ],
    proposals: [
      {
        by: "Maan li-Atfal al-Yaman",
        title: "Share monthly incident counts with the monitoring mechanism",
        rules: { kind: "majority", quorum: 0.5 },
        anonymous: true,
        stances: [
          ["Maan li-Atfal al-Yaman", { stance: "yes" }],
          ["Safe Classrooms Network", { stance: "yes" }],
        ],
        closesInDays: 4,
      },
      {
        by: "Maan li-Atfal al-Yaman",
        title: "Minimum rules for sharing: no names, no exact locations",
        rules: { kind: "consent" },
        stances: [
          ["Maan li-Atfal al-Yaman", { stance: "agree" }],
          ["Inter-Agency Protection Support Office (Levant)", { stance: "agree" }],
          ["Safe Classrooms Network", { stance: "agree" }],
        ],
        closed: true,
        outcome: t("en", {
          en: "Adopted: shared records carry neither names nor exact locations.",
        }),
      },
    ],
    meetings: [
      {
        title: "Quarterly exchange",
        inDays: 20,
        atHourUtc: 11,
        hours: 1,
        timeZone: "Asia/Aden",
        onlineUrl: "https://meet.example.org/exchange",
      },
    ],
  },
  {
    name: "Red Latinoamericana por la Memoria y la Búsqueda",
    convener: "Colectivo de Abogadas por la Memoria",
    visibility: "public",
    charter: memoryCharter,
    members: [
      { org: "Institut Haïtien pour la Justice et la Réparation", role: "co_lead" },
      { org: "Centro de Estudios sobre Cárceles y Derechos" },
      { org: "Observatorio Centroamericano de Prensa Libre" },
      { org: "Balkan Memory and Reconciliation Institute" },
      { org: "Northern Lights Rights Fund", role: "observer" },
    ],
    amendments: [
      {
        byConvener: true,
        charter: {
          ...memoryCharter,
          collaborationLevel: "joint_action",
          focalPoints: [],
          reviewDate: "2027-08-30",
        },
      },
    ],
    proposals: [
      {
        by: "Colectivo de Abogadas por la Memoria",
        title: "Campaña regional del 30 de agosto",
        body: t("es", {
          es: "Una acción coordinada en cinco capitales, con un mensaje común y voces de familiares.",
        }),
        rules: { kind: "majority", quorum: 0.5 },
        stances: [
          ["Colectivo de Abogadas por la Memoria", { stance: "yes" }],
          ["Institut Haïtien pour la Justice et la Réparation", { stance: "yes" }],
        ],
        closesInDays: 7,
      },
      {
        by: "Colectivo de Abogadas por la Memoria",
        title: "Presupuesto para la traducción al creole y al inglés",
        rules: { kind: "supermajority", quorum: 0.5, threshold: { ratio: 2 / 3, of: "cast" } },
        stances: [
          ["Colectivo de Abogadas por la Memoria", { stance: "yes" }],
          ["Institut Haïtien pour la Justice et la Réparation", { stance: "yes" }],
          ["Centro de Estudios sobre Cárceles y Derechos", { stance: "no" }],
          ["Observatorio Centroamericano de Prensa Libre", { stance: "yes" }],
        ],
        closed: true,
        outcome: t("es", {
          es: "Aprobado: 3.000 USD para traducción, con rendición de cuentas en la próxima reunión.",
        }),
      },
      {
        by: "Institut Haïtien pour la Justice et la Réparation",
        title: "Lema de la campaña",
        rules: {
          kind: "ranked_choice",
          options: ["¿Dónde están?", "Buscar es un derecho", "Memoria viva"],
        },
        stances: [
          ["Colectivo de Abogadas por la Memoria", { ranking: ["¿Dónde están?", "Memoria viva"] }],
          [
            "Institut Haïtien pour la Justice et la Réparation",
            { ranking: ["Buscar es un derecho", "Memoria viva"] },
          ],
        ],
        closed: true,
      },
    ],
    meetings: [
      {
        title: "Reunión mensual de la red",
        inDays: -30,
        atHourUtc: 15,
        hours: 2,
        timeZone: "America/Bogota",
        onlineUrl: "https://meet.example.org/red-memoria",
        attendance: [
          ["Colectivo de Abogadas por la Memoria", "present"],
          ["Institut Haïtien pour la Justice et la Réparation", "present"],
          ["Centro de Estudios sobre Cárceles y Derechos", "absent"],
        ],
        minutes: t("es", {
          es: "Acordamos preparar la campaña del 30 de agosto y buscar apoyo para traducciones.",
        }),
        actionItems: [
          {
            title: "Borrador del mensaje común",
            owner: "Colectivo de Abogadas por la Memoria",
            dueInDays: 10,
          },
          {
            title: "Testimonios de familiares en Puerto Príncipe",
            owner: "Institut Haïtien pour la Justice et la Réparation",
            dueInDays: 15,
            status: "in_progress",
          },
        ],
      },
      {
        title: "Reunión mensual de la red",
        inDays: 5,
        atHourUtc: 15,
        hours: 2,
        timeZone: "America/Mexico_City",
        onlineUrl: "https://meet.example.org/red-memoria",
      },
    ],
    threads: [
      {
        by: "Institut Haïtien pour la Justice et la Réparation",
        title: "Voces de familiares para la campaña",
        firstComment:
          "Proponemos que cada país elija **una familia** que hable en su nombre. ¿@0 puede coordinar México?",
        mentions: ["Observatorio Centroamericano de Prensa Libre"],
      },
    ],
  },
  {
    name: "Faith and Feminist Alliance for Women in Peace Talks",
    convener: "West Africa Faith Coalition for Peace",
    visibility: "public",
    charter: allianceCharter,
    members: [
      { org: "Al-Karama Women's Legal Clinic", role: "co_lead" },
      { org: "Réseau des Femmes Leaders du Kivu" },
      { org: "Himalayan Dalit Women's Forum" },
    ],
    proposals: [
      {
        by: "Al-Karama Women's Legal Clinic",
        title: "Joint message to the mediation team",
        rules: { kind: "consensus", quorum: 0.5 },
        stances: [
          ["West Africa Faith Coalition for Peace", { stance: "agree" }],
          [
            "Réseau des Femmes Leaders du Kivu",
            { stance: "disagree", reason: "The message should name sexual violence explicitly." },
          ],
        ],
        closesInDays: 9,
      },
      {
        by: "West Africa Faith Coalition for Peace",
        title: "Exchange visits between congregations and women's groups",
        rules: { kind: "sense_check" },
        closesInDays: 10,
      },
    ],
    threads: [
      {
        by: "West Africa Faith Coalition for Peace",
        title: "Finding words we can all say",
        firstComment:
          "Our imams and pastors can speak about dignity and protection. What words do the women's groups need us to use?",
        replies: [
          {
            by: "Al-Karama Women's Legal Clinic",
            text: '"Equal participation" matters more to us than "protection".',
          },
        ],
      },
    ],
  },
];
