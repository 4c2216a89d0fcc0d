import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import { Activity } from "../../../shared/campaigns/workplan.ts";
import { RiskAssessment } from "../../../shared/risk/api.ts";
import type { SignedIn } from "../../test/actors.ts";
import type { TestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { newId } from "../../lib/ids.ts";
import { coalitionCharters } from "../coalitions/coalitions.table.ts";
import { statementVersions, statements } from "./statements.table.ts";

const text = (en: string) => ({ original: "en", texts: { en } });

/** A draft statement written straight to the tables: the statements routes have their own tests. */
export async function draftStatement(
  t: TestApp,
  coalitionId: string,
  options: { campaignId?: string; title?: string } = {},
) {
  const id = newId();
  const versionId = newId();
  const at = new Date();
  await t.services.db.insert(statements).values({
    id,
    coalitionId,
    campaignId: options.campaignId ?? null,
    status: "draft",
    showPrivateCount: false,
    currentVersionId: versionId,
    createdAt: at,
    updatedAt: at,
  });
  await t.services.db.insert(statementVersions).values({
    id: versionId,
    statementId: id,
    number: 1,
    title: text(options.title ?? "Stop the strikes on hospitals"),
    text: text("We, the undersigned, call on all parties to protect hospitals."),
    hash: "0".repeat(64),
    createdAt: at,
  });
  return id;
}

export async function messengersOf(t: TestApp, statementId: string) {
  const [row] = await t.services.db
    .select({ messengers: statements.messengers })
    .from(statements)
    .where(eq(statements.id, statementId));
  return row?.messengers ?? [];
}

/** Sets the charter in force's risk thresholds (a fixture: amendments have their own tests). */
export async function setRiskThresholds(
  t: TestApp,
  coalitionId: string,
  thresholds: Record<string, number>,
) {
  await t.services.db
    .update(coalitionCharters)
    .set({
      charter: sql`jsonb_set(${coalitionCharters.charter}, '{riskThresholds}', ${JSON.stringify(thresholds)}::jsonb)`,
    })
    .where(eq(coalitionCharters.coalitionId, coalitionId));
}

export async function openAssessment(
  t: TestApp,
  as: SignedIn,
  coalitionId: string,
  payload: Record<string, unknown>,
) {
  const response = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/risk-assessments`, {
    as,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return RiskAssessment.parse(response.json());
}

export async function planActivity(t: TestApp, as: SignedIn, campaignId: string, lead: string) {
  const response = await call(t, "POST", `/api/v1/campaigns/${campaignId}/activities`, {
    as,
    payload: {
      title: text("Brief the press on the strikes"),
      tactic: "media",
      role: "media",
      leadOrganizationId: lead,
      startsOn: "2026-02-01",
      dueOn: "2026-04-30",
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return Activity.parse(response.json());
}

/** One organisation's answer: `level` sets every listed category to that likelihood × impact. */
export const ratingsAt = (
  categories: string[],
  likelihood: number,
  impact: number,
  extra: Record<string, unknown> = {},
) => ({
  ratings: categories.map((category) => ({ category, likelihood, impact })),
  ...extra,
});
