import { type WriteRoute, kb, route } from "./bad-input-route.ts";

/** The campaign routes of the bad-input table, in the order of their modules' route files. */
export const campaignWriteRoutes: WriteRoute[] = [
  route("POST", "/api/v1/campaigns", {
    validBody: {
      organizationId: "{{organizationId}}",
      coalitionId: "{{coalitionId}}",
      title: { original: "en", texts: { en: "Stop the transfers" } },
      startsOn: "2026-01-01",
      endsOn: "2027-12-31",
    },
  }),
  route("PATCH", "/api/v1/campaigns/:id", {
    validBody: {
      status: "active",
      goal: { original: "fr", texts: { fr: "Suspendre les licences." } },
      fundMonitor: { kind: "organization", id: "{{organizationId}}" },
    },
  }),

  // ── campaign objectives: routes of objectives.routes.ts below ──
  route("POST", "/api/v1/campaigns/:id/objectives", {
    validBody: {
      statement: { original: "en", texts: { en: "Parliament suspends the arms export licences" } },
      indicator: { original: "en", texts: { en: "Licences suspended" } },
      unit: "licences",
      baseline: 0,
      target: 40,
      baselineOn: "2025-01-01",
      deadline: "2030-12-31",
      ownerOrganizationId: "{{organizationId}}",
    },
    textFields: ["unit", "baselineOn", "deadline", "ownerOrganizationId"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/objectives/:objectiveId", {
    validBody: {
      statement: { original: "ar", texts: { ar: "يعلّق البرلمان تراخيص تصدير الأسلحة" } },
      target: 30,
      deadline: "2031-06-30",
    },
    textFields: ["deadline"],
  }),
  route("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId"),
  route("POST", "/api/v1/campaigns/:id/objectives/:objectiveId/progress", {
    validBody: {
      organizationId: "{{organizationId}}",
      value: 12,
      measuredOn: "2025-06-01",
      evidence: "Export register, June",
      evidenceUrl: "https://example.org/register",
    },
    textFields: ["organizationId", "measuredOn", "evidenceUrl"],
  }),
  route("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId/progress/:progressId"),
  // ── end of campaign objectives ──

  // ── campaign stakeholders: routes of stakeholders.routes.ts below ──
  route("POST", "/api/v1/campaigns/:id/stakeholders", {
    validBody: {
      name: "Ministry of Defence",
      type: "institution",
      role: "target",
      position: "passive_opposition",
      influence: 5,
      interest: 4,
      accessOrganizationIds: ["{{organizationId}}"],
      tags: ["arms", "licences"],
      notes: "Signs the export licences.",
    },
    textFields: ["name", "notes"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/stakeholders/:stakeholderId", {
    validBody: { position: "neutral", influence: 4, notes: "Softer since the hearing." },
    textFields: ["name", "notes"],
  }),
  route("POST", "/api/v1/campaigns/:id/stakeholders/:stakeholderId/moves", {
    validBody: { to: "passive_ally", movedOn: "{{stakeholderMovedOn}}", note: "After the vote." },
    textFields: ["note"],
  }),
  route("POST", "/api/v1/campaigns/:id/stakeholder-links", {
    validBody: { fromId: "{{stakeholderId}}", toId: "{{stakeholderOtherId}}", type: "funds" },
    textFields: ["type"],
  }),
  route("DELETE", "/api/v1/campaigns/:id/stakeholder-links/:linkId", {
    pathIds: { linkId: "stakeholderLinkId" },
  }),
  route("POST", "/api/v1/campaigns/:id/stakeholders/kumu", {
    validBody: {
      elements: "Label,Type,Position,Influence\nParliament,institution,neutral,3\nPress,media,,\n",
      connections: "From,To,Type\nPress,Parliament,reports on\n",
    },
    bodyLimit: 12 * 1024 * kb,
  }),
  route("DELETE", "/api/v1/campaigns/:id/stakeholders/:stakeholderId"),
  // ── end of campaign stakeholders ──

  // ── campaign workplan: routes of workplan.routes.ts below ──
  route("POST", "/api/v1/campaigns/:id/activities", {
    validBody: {
      title: { original: "en", texts: { en: "Document the strikes" } },
      tactic: "research",
      role: "documentation",
      leadOrganizationId: "{{organizationId}}",
      supportingOrganizationIds: [],
      startsOn: "2026-02-01",
      dueOn: "2026-04-30",
      notes: "Two governorates.",
    },
    textFields: ["tactic", "role", "leadOrganizationId", "startsOn", "dueOn", "notes"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/activities/:activityId", {
    validBody: { status: "in_progress", dueOn: "2026-05-15", notes: "Drafted." },
    textFields: ["status", "dueOn", "notes"],
  }),
  route("POST", "/api/v1/campaigns/:id/activities/:activityId/action-item"),
  route("DELETE", "/api/v1/campaigns/:id/activities/:activityId"),
  // ── end of campaign workplan ──

  // ── campaign messages: routes of messages.routes.ts below ──
  route("POST", "/api/v1/campaigns/:id/messages", {
    validBody: {
      audience: "Members of parliament",
      frame: "legal",
      text: { original: "en", texts: { en: "Stop the sales." } },
      messengerOrganizationId: "{{organizationId}}",
      visibility: "internal",
    },
    textFields: ["audience"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/messages/:messageId", {
    validBody: {
      audience: "Faith leaders",
      frame: "faith",
      messengerOrganizationId: "{{organizationId}}",
      visibility: "public",
    },
    textFields: ["audience"],
  }),
  route("PUT", "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId", {
    validBody: { use: "public_anonymised" },
  }),
  route("DELETE", "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId"),
  route("POST", "/api/v1/campaigns/:id/stories", {
    validBody: {
      recordedByOrganizationId: "{{organizationId}}",
      title: "The clinic",
      text: { original: "ar", texts: { ar: "انقطعت الكهرباء عن العيادة" } },
      consent: { by: "A nurse", uses: ["internal"], givenOn: "2026-02-01", until: "2030-12-31" },
    },
    textFields: ["title"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/stories/:storyId", {
    validBody: {
      title: "The market, revised",
      consent: { uses: ["internal", "public_anonymised"], until: "2031-12-31" },
    },
    textFields: ["title"],
  }),
  route("POST", "/api/v1/campaigns/:id/stories/:storyId/withdraw"),
  route("DELETE", "/api/v1/campaigns/:id/messages/:messageId"),
  // ── end of campaign messages ──

  // ── campaign resources: routes of resources.routes.ts below ──
  route("POST", "/api/v1/campaigns/:id/pledges", {
    validBody: {
      organizationId: "{{organizationId}}",
      kind: "money",
      currency: "EUR",
      amount: "5000.50",
      received: "1000",
      description: "Core funding for the litigation",
    },
    textFields: ["kind", "currency", "amount", "received", "description"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/pledges/:pledgeId", {
    validBody: { received: "2.5" },
    textFields: ["received"],
  }),
  route("DELETE", "/api/v1/campaigns/:id/pledges/:pledgeId"),
  route("POST", "/api/v1/campaigns/:id/budget-lines", {
    validBody: { label: "Legal fees", currency: "EUR", amount: "12000" },
    textFields: ["label", "currency", "amount"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/budget-lines/:budgetLineId", {
    validBody: { label: "Travel to Geneva", amount: "2500.75" },
    textFields: ["label", "amount"],
  }),
  route("DELETE", "/api/v1/campaigns/:id/budget-lines/:budgetLineId"),
  route("POST", "/api/v1/campaigns/:id/spending", {
    validBody: {
      organizationId: "{{organizationId}}",
      budgetLineId: "{{budgetLineId}}",
      currency: "EUR",
      amount: "310.2",
      spentOn: "2026-03-02",
      description: "Train tickets to Geneva",
      receipt: "https://receipts.example.org/2026-03-02",
    },
    textFields: ["currency", "amount", "spentOn", "description", "receipt"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/spending/:spendingId", {
    validBody: { amount: "95.5", description: "Hotel, two nights" },
    textFields: ["amount", "description"],
  }),
  route("DELETE", "/api/v1/campaigns/:id/spending/:spendingId"),
  route("POST", "/api/v1/campaigns/:id/spending/:spendingId/query", {
    validBody: { note: "The receipt shows one night, not two." },
    textFields: ["note"],
  }),
  route("POST", "/api/v1/campaigns/:id/spending/:spendingId/confirm"),
  // ── end of campaign resources ──

  // ── campaign outcomes: routes of outcomes.routes.ts below ──
  route("POST", "/api/v1/campaigns/:id/outcomes", {
    validBody: {
      organizationId: "{{organizationId}}",
      observedOn: "2026-03-01",
      change: { original: "en", texts: { en: "Two export licences were suspended." } },
      contribution: { original: "fr", texts: { fr: "Notre analyse a été citée." } },
      evidence: "https://example.org/decision",
      significance: "significant",
    },
    textFields: ["evidence"],
  }),
  route("PATCH", "/api/v1/campaigns/:id/outcomes/:outcomeId", {
    validBody: {
      significance: "some",
      evidence: "https://example.org/decision-2",
      observedOn: "2026-03-02",
    },
  }),
  route("DELETE", "/api/v1/campaigns/:id/outcomes/:outcomeId"),
  // Refused (409) until the campaign is closed, which the in-order list below does first.
  route("PUT", "/api/v1/campaigns/:id/review", {
    validBody: {
      worked: { original: "en", texts: { en: "Litigation with media." } },
      didNotWork: { original: "en", texts: { en: "Private diplomacy." } },
      lessons: { original: "ar", texts: { ar: "ابدأوا القضية مبكرًا" } },
      tactics: ["litigation", "media"],
      issues: ["civil_political"],
      shared: "platform",
    },
  }),
  // ── end of campaign outcomes ──
];
