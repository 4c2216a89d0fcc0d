import type { CoalitionPlan } from "./demo-coalitions-types.ts";
import { detentionCharter, exchangeCharter } from "./demo-coalitions-charters.ts";
import { t } from "./demo-types.ts";

/** Convened from the Levant and Yemen, in Arabic and English. */
export const levantPlan: CoalitionPlan = {
  name: "Levant Coalition against Arbitrary Detention",
  convener: "Markaz Nidaa lil-Huquq al-Madaniya",
  visibility: "public",
  charter: detentionCharter,
  members: [
    { org: "Bureau Genevois pour la Justice Internationale", role: "co_lead" },
    { org: "Lanka Families of the Disappeared Circle" },
    { org: "Mediterranean Rescue Legal Desk", representatives: ["james", "claire"] },
    {
      org: "Inter-Agency Protection Support Office (Levant)",
      role: "observer",
      representatives: ["james", "amina"],
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
        documentation: "Structured interviews by trained staff, consent forms, encrypted storage.",
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
};

export const yemenPlan: CoalitionPlan = {
  name: "Yemen Children Information Exchange",
  convener: "Maan li-Atfal al-Yaman",
  visibility: "secret",
  memberListVisibility: "members",
  charter: exchangeCharter,
  members: [
    {
      org: "Inter-Agency Protection Support Office (Levant)",
      namedPublicly: false,
      representatives: ["james", "amina"],
    },
    // Hidden from the directory: only people who belong to it can invite it, as Amina does.
    { org: "Safe Classrooms Network", namedPublicly: false },
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
};
