import { eq } from "drizzle-orm";
import type { Services } from "../../server/app.ts";
import { coalitions } from "../../server/modules/coalitions/coalitions.table.ts";
import { CampaignInput, CampaignPatch } from "../../shared/campaigns/core.ts";
import { MessageInput, StoryInput } from "../../shared/campaigns/messages.ts";
import { ObjectiveInput, ProgressInput } from "../../shared/campaigns/objectives.ts";
import { BudgetLineInput, PledgeInput, SpendingInput } from "../../shared/campaigns/resources.ts";
import { ActivityInput } from "../../shared/campaigns/workplan.ts";
import type { DemoDirectory } from "./demo-coalitions.ts";
import { t } from "./demo-types.ts";
import { seedDemoOutcomes } from "./demo-campaign-outcomes.ts";
import { bureau, forum, fund, maan, rescue } from "./demo-campaign-orgs.ts";
import { seedStakeholders } from "./demo-campaign-stakeholders.ts";

const day = 86_400_000;

/** The demo's joint campaign lives in this coalition (cli/seed/demo-coalitions-arms.ts). */
export const campaignCoalition = "Stop Arms to Yemen Coalition";

/**
 * A campaign modelled on the seeds' arms-sales case, every name fictional: a plan started
 * from the coalition's adopted proposal six months ago, SMART objectives with progress,
 * twenty stakeholders who have moved, a workplan of complementary roles (documentation,
 * analysis, litigation, funding, media), pledges, a story told with consent, and the
 * outcomes seen so far.
 */
export async function seedDemoCampaign(services: Services, d: DemoDirectory) {
  const now = services.clock.now().getTime();
  const on = (days: number) => new Date(now + days * day).toISOString().slice(0, 10);
  const as = (org: string) => d.actorOf(d.ownerOf(org));
  const org = d.organizationId;
  const [coalition] = await services.db
    .select({ id: coalitions.id })
    .from(coalitions)
    .where(eq(coalitions.name, campaignCoalition));
  if (!coalition) throw new Error(`demo coalition ${campaignCoalition} missing`);
  const proposals = await services.proposals.list(as(forum), coalition.id);
  const adopted = proposals.items.find((p) => p.outcome === "adopted");

  const campaign = await services.campaigns.create(
    as(forum),
    CampaignInput.parse({
      organizationId: org(forum),
      coalitionId: coalition.id,
      ...(adopted ? { proposalId: adopted.id } : {}),
      title: t("en", {
        en: "Suspend the licences: no more arms for the war in Yemen",
        fr: "Suspendre les licences : plus d’armes pour la guerre au Yémen",
        ar: "علّقوا التراخيص: لا مزيد من الأسلحة لحرب اليمن",
      }),
      problem: t("en", {
        en: "Three European governments keep licensing bombs and aircraft parts that have been traced to strikes on homes, schools and markets in Yemen.",
        ar: "تواصل ثلاث حكومات أوروبية منح تراخيص لقنابل وقطع طائرات تُتبّع إلى غارات على منازل ومدارس وأسواق في اليمن.",
      }),
      goal: t("en", {
        en: "Every licence for weapons used in Yemen suspended by the end of next year.",
        fr: "Toutes les licences d’armes utilisées au Yémen suspendues d’ici la fin de l’année prochaine.",
      }),
      startsOn: on(-180),
      endsOn: on(550),
      issues: ["arms_transfers", "children_armed_conflict"],
    }),
  );
  const id = campaign.id;
  await services.campaigns.update(
    as(forum),
    id,
    CampaignPatch.parse({
      status: "active",
      theoryOfChange: t("en", {
        en: "If evidence from the ground is tied to each licence, courts and parliaments can no longer say they did not know, and governments suspend rather than be ordered to.",
      }),
      fundMonitor: { kind: "organization", id: org(fund) },
      publishedParts: {
        goal: true,
        problem: true,
        objectives: true,
        outcomes: true,
        organizations: true,
      },
    }),
  );

  // Objectives, each owned by the organisation best placed to measure it.
  const objectives = [
    {
      by: forum,
      statement: "Licences for weapons traced to strikes in Yemen are suspended in three countries",
      indicator: "Licences suspended",
      unit: "licences",
      baseline: 0,
      target: 12,
      readings: [
        [-120, 1],
        [-60, 3],
        [-10, 5],
      ],
    },
    {
      by: maan,
      statement: "Strikes on civilians are documented to the standard courts accept",
      indicator: "Incidents documented with two independent sources",
      unit: "incidents",
      baseline: 40,
      target: 200,
      readings: [
        [-150, 55],
        [-90, 92],
        [-30, 131],
      ],
    },
    {
      by: rescue,
      statement: "Two national courts hear a challenge to the licences",
      indicator: "Cases admitted",
      unit: "cases",
      baseline: 0,
      target: 2,
      readings: [[-40, 0]],
    },
  ] as const;
  const objectiveIds: string[] = [];
  for (const o of objectives) {
    const made = await services.objectives.create(
      as(forum),
      id,
      ObjectiveInput.parse({
        statement: t("en", { en: o.statement }),
        indicator: t("en", { en: o.indicator }),
        unit: o.unit,
        baseline: o.baseline,
        target: o.target,
        baselineOn: on(-180),
        deadline: on(400),
        ownerOrganizationId: org(o.by),
      }),
    );
    objectiveIds.push(made.id);
    for (const [days, value] of o.readings) {
      await services.objectives.report(
        as(o.by),
        id,
        made.id,
        ProgressInput.parse({
          organizationId: org(o.by),
          value,
          measuredOn: on(days),
          evidence: "Recorded in the coalition's tracking sheet.",
        }),
      );
    }
  }

  const stakeholderIds = await seedStakeholders(services, d, id, on);

  // Complementary roles: one documents, one analyses, two litigate, one funds.
  const activities: {
    by: string;
    title: string;
    tactic: ActivityInput["tactic"];
    role: ActivityInput["role"];
    from: number;
    to: number;
    status: NonNullable<ActivityInput["status"]>;
    support?: string[];
    targets?: number[];
    objective?: number;
  }[] = [
    {
      by: maan,
      title: "Document strikes with remnants identified",
      tactic: "research",
      role: "documentation",
      from: -170,
      to: 200,
      status: "in_progress",
      objective: 1,
    },
    {
      by: forum,
      title: "Trace remnants to export licences",
      tactic: "research",
      role: "analysis",
      from: -150,
      to: 120,
      status: "in_progress",
      support: [maan],
      objective: 0,
    },
    {
      by: forum,
      title: "Brief members of parliament on the licences",
      tactic: "private_diplomacy",
      role: "advocacy",
      from: -60,
      to: 30,
      status: "in_progress",
      targets: [0, 1, 2],
      objective: 0,
    },
    {
      by: rescue,
      title: "File a judicial review of the licences",
      tactic: "litigation",
      role: "litigation",
      from: -45,
      to: 160,
      status: "in_progress",
      support: [bureau],
      targets: [5],
      objective: 2,
    },
    {
      by: bureau,
      title: "Submit the evidence to the UN Panel of Experts",
      tactic: "un_mechanisms",
      role: "litigation",
      from: 10,
      to: 90,
      status: "planned",
      targets: [9],
      objective: 1,
    },
    {
      by: fund,
      title: "Fund the field documentation team",
      tactic: "coalition_building",
      role: "funding",
      from: -180,
      to: 365,
      status: "in_progress",
    },
    {
      by: forum,
      title: "Publish the licence tracker with the media",
      tactic: "media",
      role: "media",
      from: 35,
      to: 60,
      status: "planned",
      support: [maan],
      targets: [12, 13],
      objective: 0,
    },
  ];
  for (const a of activities) {
    await services.workplan.create(
      as(forum),
      id,
      ActivityInput.parse({
        title: t("en", { en: a.title }),
        tactic: a.tactic,
        role: a.role,
        leadOrganizationId: org(a.by),
        supportingOrganizationIds: (a.support ?? []).map(org),
        stakeholderIds: (a.targets ?? []).flatMap((i) => stakeholderIds[i] ?? []),
        objectiveIds: a.objective === undefined ? [] : [objectiveIds[a.objective] ?? ""],
        startsOn: on(a.from),
        dueOn: on(a.to),
        status: a.status,
      }),
    );
  }

  await seedResources(services, d, id, on);

  // A story told with consent to anonymised public use, and a public message telling it.
  const story = await services.messages.createStory(
    as(maan),
    id,
    StoryInput.parse({
      recordedByOrganizationId: org(maan),
      title: "A father in Saada",
      text: t("ar", {
        ar: "فقدتُ ابني في غارة على السوق. وجدنا بقايا القنبلة وعليها رقم.",
        en: "I lost my son in a strike on the market. We found what was left of the bomb, with a number on it.",
      }),
      consent: {
        by: "Abu Khaled (pseudonym)",
        uses: ["internal", "public_anonymised"],
        givenOn: on(-100),
        until: on(600),
      },
    }),
  );
  const message = await services.messages.createMessage(
    as(forum),
    id,
    MessageInput.parse({
      audience: "Members of parliament",
      frame: "legal",
      text: t("en", {
        en: "The law already forbids selling arms that will be used against civilians. Apply it.",
        fr: "La loi interdit déjà de vendre des armes qui serviront contre des civils. Appliquez-la.",
      }),
      messengerOrganizationId: org(forum),
    }),
  );
  await services.messages.attachStory(as(forum), id, message.id, story.id, {
    use: "public_anonymised",
  });
  await services.messages.updateMessage(as(forum), id, message.id, { visibility: "public" });
  await services.messages.createMessage(
    as(forum),
    id,
    MessageInput.parse({
      audience: "Faith leaders",
      frame: "faith",
      text: t("en", { en: "Every child killed by these bombs was someone's whole world." }),
      messengerOrganizationId: org(maan),
    }),
  );
  await seedDemoOutcomes(services, id, on, {
    forum: [as(forum), org(forum)],
    bureau: [as(bureau), org(bureau)],
  });
  return { campaignId: id, coalitionId: coalition.id };
}

/** Pledges in two currencies and staff days, a budget, and spending the monitor confirmed. */
async function seedResources(
  services: Services,
  d: DemoDirectory,
  campaignId: string,
  on: (days: number) => string,
) {
  const as = (name: string) => d.actorOf(d.ownerOf(name));
  const org = d.organizationId;
  const field = await services.resources.createBudgetLine(
    as(forum),
    campaignId,
    BudgetLineInput.parse({ label: "Field documentation team", currency: "EUR", amount: "60000" }),
  );
  const legal = await services.resources.createBudgetLine(
    as(forum),
    campaignId,
    BudgetLineInput.parse({
      label: "Court fees and expert witnesses",
      currency: "CHF",
      amount: "25000",
    }),
  );
  const pledges = [
    [fund, "money", "EUR", "50000", "30000", field.id],
    [bureau, "money", "CHF", "15000", "15000", legal.id],
    [forum, "staff_days", null, "120", "45", null],
    [rescue, "staff_days", null, "60", "20", null],
    [maan, "in_kind", null, "1", "1", null],
  ] as const;
  for (const [by, kind, currency, amount, received, line] of pledges) {
    await services.resources.createPledge(
      as(by),
      campaignId,
      PledgeInput.parse({
        organizationId: org(by),
        kind,
        currency,
        amount,
        received,
        budgetLineId: line,
        description: kind === "in_kind" ? "Secure storage for evidence in Aden" : null,
      }),
    );
  }
  const spent = [
    [maan, field.id, "EUR", "8400.50", -120, "Field researchers, first quarter", "INV-2026-014"],
    [maan, field.id, "EUR", "9120.00", -30, "Field researchers, second quarter", "INV-2026-031"],
    [rescue, legal.id, "CHF", "3200", -20, "Filing fees, judicial review", "Court receipt 7731"],
  ] as const;
  for (const [index, [by, line, currency, amount, days, description, receipt]] of spent.entries()) {
    const entry = await services.resources.recordSpending(
      as(by),
      campaignId,
      SpendingInput.parse({
        organizationId: org(by),
        budgetLineId: line,
        currency,
        amount,
        spentOn: on(days),
        description,
        receipt,
      }),
    );
    // The monitor has confirmed the older entries; the newest waits for it.
    if (index < 2) await services.resources.confirmSpending(as(fund), campaignId, entry.id);
  }
}
