import { eq } from "drizzle-orm";
import type { Services } from "../../server/app.ts";
import { coalitions } from "../../server/modules/coalitions/coalitions.table.ts";
import {
  AgreementInput,
  FilterGrantInput,
  RecordGrantInput,
} from "../../shared/records/agreements-api.ts";
import { ConsentInput, RecordInput } from "../../shared/records/api.ts";
import type { DemoDirectory } from "./demo-coalitions.ts";
import { bureau, maan } from "./demo-campaign-orgs.ts";
import { yemenPlan } from "./demo-coalitions-west-asia.ts";

/*
 * The Yemen monitoring group's records (issue 14): Maan li-Atfal al-Yaman documents incidents
 * affecting children for the Yemen Children Information Exchange, and shares the ones a
 * litigator in Geneva needs under an agreement that leaves out names and exact places, as the
 * exchange's adopted rule says. Generated from a fixed seed, so every demo has the same data.
 */

/** Governorates of Yemen with their P-codes, and a point near each capital. */
const governorates = [
  { name: "Taiz", pcode: "YE15", lat: 13.58, lon: 44.02 },
  { name: "Al Hodeidah", pcode: "YE18", lat: 14.8, lon: 42.95 },
  { name: "Hajjah", pcode: "YE17", lat: 15.69, lon: 43.6 },
  { name: "Sa'dah", pcode: "YE22", lat: 16.94, lon: 43.76 },
  { name: "Amanat Al Asimah", pcode: "YE13", lat: 15.35, lon: 44.21 },
  { name: "Marib", pcode: "YE26", lat: 15.46, lon: 45.32 },
  { name: "Aden", pcode: "YE24", lat: 12.79, lon: 45.03 },
  { name: "Lahj", pcode: "YE25", lat: 13.06, lon: 44.88 },
  { name: "Al Jawf", pcode: "YE16", lat: 16.2, lon: 44.78 },
  { name: "Ad Dali'", pcode: "YE30", lat: 13.7, lon: 44.73 },
] as const;

/** What happens to children in the monitored areas, weighted by how often it is reported. */
const patterns: { types: string[]; perpetrator: string; weight: number }[] = [
  { types: ["killing", "maiming"], perpetrator: "state_armed_forces", weight: 5 },
  { types: ["maiming"], perpetrator: "non_state_armed_group", weight: 4 },
  { types: ["child_recruitment"], perpetrator: "non_state_armed_group", weight: 3 },
  { types: ["attack_on_schools_hospitals"], perpetrator: "state_armed_forces", weight: 3 },
  { types: ["abduction", "arbitrary_detention"], perpetrator: "militia", weight: 2 },
  { types: ["denial_of_humanitarian_access"], perpetrator: "non_state_armed_group", weight: 2 },
  { types: ["sexual_violence", "gbv"], perpetrator: "unknown", weight: 1 },
  {
    types: ["forced_displacement", "attack_on_civilian_objects"],
    perpetrator: "militia",
    weight: 1,
  },
];

const narratives: Record<string, { en: string; ar: string }> = {
  killing: {
    en: "Shelling hit a residential street in the afternoon; children were among the dead and wounded.",
    ar: "أصاب قصف شارعًا سكنيًا بعد الظهر، وكان بين القتلى والجرحى أطفال.",
  },
  maiming: {
    en: "A child was injured by an explosive remnant while herding goats near the village.",
    ar: "أصيب طفل بمخلّف متفجر بينما كان يرعى الماعز قرب القرية.",
  },
  child_recruitment: {
    en: "Families report boys taken from school to a training camp; two returned, others did not.",
    ar: "تفيد أسر بأن فتيانًا أُخذوا من المدرسة إلى معسكر تدريب؛ عاد اثنان ولم يعد الآخرون.",
  },
  attack_on_schools_hospitals: {
    en: "An air strike damaged a primary school during the school day; classes have stopped.",
    ar: "ألحقت غارة جوية أضرارًا بمدرسة ابتدائية أثناء الدوام، وتوقفت الدروس.",
  },
  abduction: {
    en: "Two adolescents were stopped at a checkpoint and have not been seen since.",
    ar: "أوقِف مراهقان عند نقطة تفتيش ولم يُشاهَدا منذ ذلك الحين.",
  },
  denial_of_humanitarian_access: {
    en: "A convoy carrying nutrition supplies for children was turned back at the district entrance.",
    ar: "أُعيدت قافلة تحمل إمدادات تغذية للأطفال عند مدخل المديرية.",
  },
  sexual_violence: {
    en: "A girl was assaulted on the way to fetch water; the family sought care with a local clinic.",
    ar: "تعرضت فتاة لاعتداء في طريقها لجلب الماء، ولجأت الأسرة إلى عيادة محلية.",
  },
  forced_displacement: {
    en: "Families with young children were ordered to leave their homes, which were then burnt.",
    ar: "أُمرت أسر لديها أطفال صغار بمغادرة منازلها التي أُحرقت بعد ذلك.",
  },
};

/** A small deterministic generator (mulberry32), so the demo is the same every time. */
function randomFrom(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The demo's incidents, spread over the last twelve months. */
export function demoIncidents(count: number, today: Date) {
  const random = randomFrom(20261207);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const weighted = patterns.flatMap((p) => Array<typeof p>(p.weight).fill(p));
  return Array.from({ length: count }, () => {
    const place = pick(governorates);
    const pattern = pick(weighted);
    const occurred = new Date(today.getTime() - Math.floor(random() * 365) * 86_400_000);
    const children = 1 + Math.floor(random() * 4);
    const text = narratives[pattern.types[0]!] ?? narratives.killing!;
    return {
      occurredOn: day(occurred),
      country: "YE",
      adminArea: { name: place.name, pcode: place.pcode },
      coordinates: {
        lat: place.lat + (random() - 0.5) * 0.4,
        lon: place.lon + (random() - 0.5) * 0.4,
        precision: "10km" as const,
      },
      violationTypes: pattern.types,
      perpetratorCategory: pattern.perpetrator,
      affected: [
        {
          sex: random() < 0.6 ? "male" : "female",
          ageBand: pick(["5-11", "12-17"]),
          count: children,
        },
      ],
      sourceType: pick(["witness", "family", "survivor", "community"]),
      sourceReliability: pick(["A", "B", "B", "C"]),
      informationCredibility: pick([1, 2, 2, 3]),
      narrative: { original: "ar", texts: { ar: text.ar, en: text.en } },
    };
  });
}

export type DemoRecords = {
  organizationId: string;
  litigatorId: string;
  agreementId: string;
  /** The record shared on its own with the litigator, whose reads show in the audit. */
  sharedRecordId: string;
  recordIds: string[];
};

/**
 * 200 incidents of Maan li-Atfal al-Yaman (the exchange's members read 40 of them, the rest
 * stay with Maan), consent recorded on them, an agreement with the Bureau Genevois in force,
 * one record and a saved filter shared under it, and the litigator's reads in the audit.
 */
export async function seedDemoRecords(
  services: Services,
  d: DemoDirectory,
  today = new Date(),
): Promise<DemoRecords> {
  const monitor = d.actorOf(d.ownerOf(maan));
  const litigator = d.actorOf(d.ownerOf(bureau));
  const maanId = d.organizationId(maan);
  const bureauId = d.organizationId(bureau);
  const [exchange] = await services.db
    .select({ id: coalitions.id })
    .from(coalitions)
    .where(eq(coalitions.name, yemenPlan.name));
  if (!exchange) throw new Error("demo coalition for the records is missing");

  const recordIds: string[] = [];
  for (const [i, fields] of demoIncidents(200, today).entries()) {
    const made = await services.records.create(
      monitor,
      RecordInput.parse({
        kind: "incident",
        ownerOrganizationId: maanId,
        fields,
        // Every fifth incident is read by the exchange's members; the rest stay with Maan.
        ...(i % 5 === 0 ? { classification: "coalition", coalitionIds: [exchange.id] } : {}),
      }),
    );
    recordIds.push(made.id);
  }
  // Consent to statistics for most (the exchange counts them), to sharing for some.
  for (const [i, id] of recordIds.entries()) {
    if (i % 10 !== 9) {
      await services.records.recordConsent(
        monitor,
        id,
        ConsentInput.parse({
          use: "statistics",
          state: "given",
          givenBy: "Family, through the monitor",
        }),
      );
    }
    if (i < 30) {
      await services.records.recordConsent(
        monitor,
        id,
        ConsentInput.parse({
          use: "named_partners",
          state: i === 7 ? "refused" : "given",
          givenBy: "Parent",
        }),
      );
    }
  }

  const agreement = await services.agreements.create(
    monitor,
    AgreementInput.parse({
      proposedBy: maanId,
      partyIds: [bureauId],
      title: "Evidence of attacks on schools and children for strategic litigation",
      purpose:
        "The Bureau prepares submissions to courts and UN mechanisms on attacks affecting children in Yemen. Maan shares the incidents it needs, without names or exact places, as the exchange's minimum rules require.",
      dataCategories: ["incidents", "evidence"],
      fields: [
        "occurredOn",
        "occurredUntil",
        "country",
        "adminArea",
        "violationTypes",
        "perpetratorCategory",
        "affected",
        "sourceReliability",
        "informationCredibility",
        "narrative",
      ],
      onwardRule: "none",
      retentionDays: 730,
      consentRequired: "named_partners",
    }),
  );
  await services.agreements.accept(litigator, agreement.id, bureauId);

  const sharedRecordId = recordIds[0]!;
  await services.grants.grantRecord(
    monitor,
    sharedRecordId,
    RecordGrantInput.parse({ agreementId: agreement.id, toOrganizationId: bureauId }),
  );
  await services.grants.grantFilter(
    monitor,
    maanId,
    FilterGrantInput.parse({
      agreementId: agreement.id,
      toOrganizationId: bureauId,
      filter: { country: "YE", violationType: "attack_on_schools_hospitals" },
    }),
  );
  // The litigator reads what it was given: those reads are in Maan's audit.
  await services.records.get(litigator, sharedRecordId);
  await services.records.list(litigator, { organizationId: maanId, limit: 10 });

  return {
    organizationId: maanId,
    litigatorId: bureauId,
    agreementId: agreement.id,
    sharedRecordId,
    recordIds,
  };
}
