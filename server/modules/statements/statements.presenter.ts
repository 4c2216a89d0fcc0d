import type { Statement } from "../../../shared/statements/api.ts";
import { can, speaksFor } from "../../../shared/policy/index.ts";
import {
  type KeptAnswer,
  publicSignatories,
  toConfirmAgain,
} from "../../../shared/statements/signatories.ts";
import type { AnswerRow, VersionRow } from "./statements.repo.ts";
import type { Names } from "../../lib/names.ts";
import type { CoalitionDirectory, InCoalition } from "../coalitions/coalitions.module.ts";
import type { StatementRow, StatementsRepo } from "./statements.repo.ts";

/** A statement and where the viewer stands in its coalition, read once per request. */
export type InStatement = { row: StatementRow; inside: InCoalition; lead: string | null };

function kept(answers: AnswerRow[], orgNames: Map<string, string>): KeptAnswer[] {
  return answers.map((a) => ({
    organizationId: a.organizationId,
    name: orgNames.get(a.organizationId) ?? "",
    answer: a.answer,
    versionId: a.versionId,
  }));
}

export const presentVersion = (v: VersionRow) => ({
  id: v.id,
  number: v.number,
  title: v.title,
  text: v.text,
  hash: v.hash,
  createdAt: v.createdAt.toISOString(),
});

/** A statement as its reader may see it: answers only as `publicSignatories` and their standing allow. */
export function createStatementPresenter(deps: {
  repo: Pick<StatementsRepo, "versions" | "answers">;
  coalitions: Pick<CoalitionDirectory, "members">;
  names: Names;
  /** The risk assessment of a statement, if one was opened. */
  assessmentOf: (statementId: string) => Promise<string | null>;
  publicUrl: string;
}) {
  const { repo, coalitions, names, publicUrl } = deps;
  const byLead = (lead: string | null) => ({ leadOrganizationId: lead });
  return async function present({ row, inside, lead }: InStatement): Promise<Statement> {
    const { standing } = inside;
    const [versions, answers, members, assessment] = await Promise.all([
      repo.versions(row.id),
      repo.answers(row.id),
      coalitions.members(row.coalitionId, { statuses: ["active"] }),
      deps.assessmentOf(row.id),
    ]);
    const current = versions.find((v) => v.id === row.currentVersionId) ?? versions.at(-1)!;
    const numbers = new Map(versions.map((v) => [v.id, v.number]));
    const orgNames = await names.organizations([
      ...answers.map((a) => a.organizationId),
      ...members.map((m) => m.organizationId),
      ...row.messengers,
    ]);
    const name = (id: string) => orgNames.get(id) ?? "";
    const again = new Set(
      toConfirmAgain(kept(answers, orgNames), current.id).map((a) => a.organizationId),
    );
    const own = (a: AnswerRow) => ({
      organizationId: a.organizationId,
      name: name(a.organizationId),
      answer: a.answer,
      versionId: a.versionId,
      versionNumber: numbers.get(a.versionId) ?? 0,
      confirmAgain: again.has(a.organizationId),
      declineReason: a.declineReason,
      outside: a.outside,
      answeredAt: a.answeredAt.toISOString(),
    });
    const readAnswers = can(standing, "statement.readAnswers", byLead(lead));
    const mine = new Set(speaksFor(standing));
    const onCurrent = publicSignatories(kept(answers, orgNames), current.id, {
      showPrivateCount: true,
    });
    const answered = new Set(answers.map((a) => a.organizationId));
    return {
      id: row.id,
      coalitionId: row.coalitionId,
      campaignId: row.campaignId,
      status: row.status,
      signOnClosesAt: row.signOnClosesAt?.toISOString() ?? null,
      showPrivateCount: row.showPrivateCount,
      current: presentVersion(current),
      versionCount: versions.length,
      publishedVersionId: row.publishedVersionId,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      threadId: row.threadId,
      riskAssessmentId: assessment,
      messengers: row.messengers.map((id) => ({ organizationId: id, name: name(id) })),
      publicSigners: onCurrent.named,
      privateSupporters: onCurrent.privateSupporters,
      mine: answers.filter((a) => mine.has(a.organizationId)).map(own),
      answers: readAnswers ? answers.map(own).sort((a, b) => a.name.localeCompare(b.name)) : null,
      notYet: readAnswers
        ? members
            .filter((m) => !answered.has(m.organizationId))
            .map((m) => ({ organizationId: m.organizationId, name: name(m.organizationId) }))
            .sort((a, b) => a.name.localeCompare(b.name))
        : null,
      publicUrl: row.status === "published" ? `${publicUrl}/p/statements/${row.id}` : null,
      permissions: {
        draft: can(standing, "statement.draft", byLead(lead)),
        readAnswers,
        answerFor: speaksFor(standing).filter((org) =>
          can(standing, "statement.answer", { organizationId: org }),
        ),
      },
      createdAt: row.createdAt.toISOString(),
    };
  };
}
