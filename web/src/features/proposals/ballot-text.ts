import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ProposalRules } from "../../../../shared/decisions/rules.ts";
import { useTimeFormat } from "../../lib/time.ts";

/** The stance words of each kind; majority and supermajority share the vote's words. */
export const stanceFamily = (kind: ProposalRules["kind"]) =>
  kind === "majority" || kind === "supermajority" ? "vote" : kind;

export const stanceChoices = {
  consent: ["agree", "abstain", "object"],
  consensus: ["agree", "abstain", "disagree", "block"],
  vote: ["yes", "no", "abstain"],
  sense_check: ["agree", "unsure", "disagree"],
} as const;

export const pollAnswers = ["yes", "if_need_be", "no"] as const;

type AnyBallot = {
  stance?: unknown;
  reason?: unknown;
  comment?: unknown;
  ranking?: unknown;
  answers?: unknown;
};

const asBallot = (ballot: unknown): AnyBallot =>
  ballot && typeof ballot === "object" ? (ballot as AnyBallot) : {};

export const reasonOf = (ballot: unknown): string | null => {
  const b = asBallot(ballot);
  const text =
    typeof b.reason === "string" ? b.reason : typeof b.comment === "string" ? b.comment : "";
  return text.trim() || null;
};

export const stanceOf = (ballot: unknown): string | null => {
  const { stance } = asBallot(ballot);
  return typeof stance === "string" ? stance : null;
};

export const rankingOf = (ballot: unknown): string[] => {
  const { ranking } = asBallot(ballot);
  return Array.isArray(ranking) ? ranking.filter((o): o is string => typeof o === "string") : [];
};

export const answersOf = (ballot: unknown): Record<string, string> => {
  const { answers } = asBallot(ballot);
  if (!answers || typeof answers !== "object") return {};
  return Object.fromEntries(
    Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
};

/** A ballot in a few words: "Object", "1. A, 2. B", "Yes to 2 times, if need be to 1". */
export function useBallotText(rules: ProposalRules) {
  const { t, i18n } = useTranslation("proposals");
  const format = useTimeFormat();
  return useCallback(
    (ballot: unknown): string => {
      if (rules.kind === "ranked_choice") {
        const list = new Intl.ListFormat(i18n.language, { type: "unit" });
        return list.format(
          // Each choice is isolated, so a Latin option keeps its number beside it in Arabic.
          rankingOf(ballot).map((option, i) => `\u2068${format.number(i + 1)}. ${option}\u2069`),
        );
      }
      if (rules.kind === "time_poll") {
        const answers = answersOf(ballot);
        return rules.slots
          .filter((slot) => answers[slot])
          .map((slot) =>
            t("ballot.slot", { slot: format.slotShort(slot), answer: t(`poll.${answers[slot]}`) }),
          )
          .join(" · ");
      }
      const stance = stanceOf(ballot);
      return stance ? t(`stance.${stanceFamily(rules.kind)}.${stance}.label`) : "";
    },
    [rules, t, i18n.language, format],
  );
}
