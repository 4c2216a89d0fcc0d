/*
 * Who a published joint statement names (issue 13). This is the one rule through which
 * anything about a statement's answers leaves the coalition: the public page, the feed and
 * every export ask it, and nothing else reads the answers for them.
 */

export const statementAnswers = ["public", "private", "decline"] as const;
export type StatementAnswer = (typeof statementAnswers)[number];

/** An organisation's answer as kept: bound to the version it was given on. */
export type KeptAnswer = {
  organizationId: string;
  name: string;
  answer: StatementAnswer;
  versionId: string;
};

/** Private supporters are counted in public only from this many, and never named. */
export const smallestPrivateCount = 3;

export type PublicSignatories = {
  /** Those that signed the published version publicly, by name. */
  named: { organizationId: string; name: string }[];
  /** "And N organisations that support privately": null unless chosen and N is large enough. */
  privateSupporters: number | null;
};

export function publicSignatories(
  answers: readonly KeptAnswer[],
  publishedVersionId: string | null,
  options: { showPrivateCount: boolean },
): PublicSignatories {
  if (!publishedVersionId) return { named: [], privateSupporters: null };
  const onPublished = answers.filter((a) => a.versionId === publishedVersionId);
  const named = onPublished
    .filter((a) => a.answer === "public")
    .map(({ organizationId, name }) => ({ organizationId, name }))
    .sort(
      (a, b) => a.name.localeCompare(b.name) || a.organizationId.localeCompare(b.organizationId),
    );
  const privately = onPublished.filter((a) => a.answer === "private").length;
  return {
    named,
    privateSupporters:
      options.showPrivateCount && privately >= smallestPrivateCount ? privately : null,
  };
}

/** Those whose answer was given on an earlier version: they are asked to confirm again. */
export const toConfirmAgain = (answers: readonly KeptAnswer[], currentVersionId: string) =>
  answers.filter((a) => a.answer !== "decline" && a.versionId !== currentVersionId);
