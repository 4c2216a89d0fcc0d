import { armsPlan } from "./demo-coalitions-arms.ts";
import type { CoalitionPlan } from "./demo-coalitions-types.ts";
import { allianceCharter, memoryCharter, protectionCharter } from "./demo-coalitions-charters.ts";
import { levantPlan, yemenPlan } from "./demo-coalitions-west-asia.ts";
import { t } from "./demo-types.ts";

const sahelPlan: CoalitionPlan = {
  name: "Groupe de travail Protection – Centre du Mali",
  convener: "Clinique Juridique Solidarité Mali",
  visibility: "unlisted",
  memberListVisibility: "members",
  charter: protectionCharter,
  members: [
    {
      org: "Voix du Sahel pour les Droits Humains",
      role: "co_lead",
      representatives: ["claire", "james"],
    },
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
      firstComment: "Trois incidents signalés cette semaine. Qui peut assurer le suivi juridique ?",
      replies: [
        { by: "Clinique Juridique Solidarité Mali", text: "Notre juriste mobile y sera jeudi." },
      ],
    },
  ],
};

const memoryPlan: CoalitionPlan = {
  name: "Red Latinoamericana por la Memoria y la Búsqueda",
  convener: "Colectivo de Abogadas por la Memoria",
  visibility: "public",
  charter: memoryCharter,
  members: [
    {
      org: "Institut Haïtien pour la Justice et la Réparation",
      role: "co_lead",
      representatives: ["claire", "lucia"],
    },
    { org: "Centro de Estudios sobre Cárceles y Derechos" },
    { org: "Observatorio Centroamericano de Prensa Libre" },
    { org: "Balkan Memory and Reconciliation Institute" },
    { org: "Northern Lights Rights Fund", role: "observer", representatives: ["james", "lucia"] },
  ],
  amendments: [
    {
      byConvener: true,
      charter: {
        ...memoryCharter,
        collaborationLevel: "joint_action",
        focalPoints: [
          {
            activity: t("es", {
              es: "Comunicación de la campaña",
              en: "Campaign communications",
            }),
            organizationId: "Colectivo de Abogadas por la Memoria",
          },
        ],
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
};

const alliancePlan: CoalitionPlan = {
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
};

/** The demo coalitions, in the order they are created. */
export const coalitionPlans: CoalitionPlan[] = [
  levantPlan,
  sahelPlan,
  yemenPlan,
  memoryPlan,
  alliancePlan,
  armsPlan,
];
