import type { ProposalKind, ProposalRulesInput } from "../../../../shared/decisions/rules.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { ProposalSubject } from "../../../../shared/proposals.ts";
import { fromLocalInput, toLocalInput } from "../../lib/time.ts";
import type { ProposalSettings } from "../../components/ProposalSettingsFields.tsx";

// A plain list: the Zod enum would bring the validator into this page's chunk.
export const proposalKinds = [
  "consent",
  "consensus",
  "majority",
  "supermajority",
  "ranked_choice",
  "sense_check",
  "time_poll",
] as const satisfies readonly ProposalKind[];

/** What a proposal opened from this form may decide; amendments and removals have their own. */
export const formSubjects = [
  "general",
  "statement",
  "spending",
] as const satisfies readonly ProposalSubject[];
export type FormSubject = (typeof formSubjects)[number];

export const ratioPresets = ["3/5", "2/3", "3/4", "4/5", "1/1"] as const;

export type ProposalValues = ProposalSettings & {
  subject: FormSubject;
  title: string;
  body: LocalizedText;
  kind: ProposalKind;
  /** Whole percent of eligible organisations. */
  quorumPercent: number;
  of: "cast" | "eligible";
  ratio: (typeof ratioPresets)[number];
  options: { id: number; text: string }[];
  /** datetime-local values in the reader's zone. */
  slots: { id: number; at: string }[];
};

let nextId = 1;
/** Keys for list rows, so React keeps each input's focus while rows come and go. */
export const rowId = () => nextId++;

export function emptyProposal(language: string, settings: ProposalSettings): ProposalValues {
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  tomorrow.setMinutes(0, 0, 0);
  return {
    ...settings,
    subject: "general",
    title: "",
    body: { original: language, texts: {} },
    kind: "consent",
    quorumPercent: 50,
    of: "cast",
    ratio: "2/3",
    options: [
      { id: rowId(), text: "" },
      { id: rowId(), text: "" },
    ],
    slots: [{ id: rowId(), at: toLocalInput(tomorrow) }],
  };
}

const trimmedOptions = (values: ProposalValues) =>
  values.options.map((o) => o.text.trim()).filter(Boolean);

export function toRules(values: ProposalValues): ProposalRulesInput {
  const quorum = Math.min(100, Math.max(0, Math.round(values.quorumPercent || 0))) / 100;
  switch (values.kind) {
    case "majority":
      return { kind: "majority", quorum, threshold: { of: values.of } };
    case "supermajority": {
      const [numerator = 2, denominator = 3] = values.ratio.split("/").map(Number);
      return {
        kind: "supermajority",
        quorum,
        threshold: { ratio: numerator / denominator, of: values.of },
      };
    }
    case "ranked_choice":
      return { kind: "ranked_choice", quorum, options: trimmedOptions(values) };
    case "time_poll":
      return {
        kind: "time_poll",
        quorum,
        slots: values.slots.flatMap((s) => {
          const iso = fromLocalInput(s.at);
          return iso ? [iso] : [];
        }),
      };
    default:
      return { kind: values.kind, quorum };
  }
}

/** Options must be two or more, each written once. */
export function optionsError(values: ProposalValues, t: (key: string) => string): string | null {
  if (values.kind !== "ranked_choice") return null;
  const options = trimmedOptions(values);
  if (options.length < 2) return t("form.validation.options");
  if (new Set(options).size !== options.length) return t("form.validation.optionTwice");
  return null;
}

/** At least one time, each a real instant and none twice. */
export function slotsError(values: ProposalValues, t: (key: string) => string): string | null {
  if (values.kind !== "time_poll") return null;
  const slots = values.slots.map((s) => fromLocalInput(s.at));
  if (slots.length === 0 || slots.some((s) => s === null)) return t("form.validation.slots");
  if (new Set(slots).size !== slots.length) return t("form.validation.slotTwice");
  return null;
}
