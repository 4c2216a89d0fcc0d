/*
 * Which parts of SMART an objective being written still lacks, so the form can say so while
 * it is written. Code can tell Specific (a statement that says enough), Measurable (an
 * indicator, a unit, a baseline and a different target) and Time-bound (a deadline after the
 * baseline's day). It cannot tell Achievable or Relevant: those are for the coalition to
 * judge, and the form says so instead of pretending.
 *
 * A "missing" gap is one the server also refuses (objectives.ts); a "weak" one is advice.
 */

export const smartParts = [
  "specific",
  "measurable",
  "achievable",
  "relevant",
  "timeBound",
] as const;
export type SmartPart = (typeof smartParts)[number];
/** The parts only people can judge. */
export const judgedByPeople: readonly SmartPart[] = ["achievable", "relevant"];

export const smartGapCodes = [
  "statementMissing",
  "statementShort",
  "statementVague",
  "indicatorMissing",
  "unitMissing",
  "baselineMissing",
  "targetMissing",
  "targetIsBaseline",
  "baselineOnMissing",
  "deadlineMissing",
  "deadlineNotAfterBaseline",
  "deadlinePassed",
] as const;
export type SmartGapCode = (typeof smartGapCodes)[number];
export type SmartGap = { part: SmartPart; code: SmartGapCode; severity: "missing" | "weak" };

type Text = string | { original: string; texts: Record<string, string> } | null | undefined;
/** An objective as the form holds it: anything may still be empty. */
export type SmartDraft = {
  statement?: Text;
  indicator?: Text;
  unit?: string | null | undefined;
  baseline?: number | null | undefined;
  target?: number | null | undefined;
  baselineOn?: string | null | undefined;
  deadline?: string | null | undefined;
};

/** A statement shorter than this many words rarely says what changes, for whom and where. */
export const specificWords = 6;

/*
 * Verbs that name an effort rather than a change ("raise awareness", "support"), in the four
 * interface languages. A statement built on one of them is flagged as weak, not refused:
 * "support 40 families to register births in Taiz" is specific despite its verb.
 */
const vagueStems = [
  "awareness",
  "improve",
  "support",
  "strengthen",
  "promote",
  "enhance",
  "advocate",
  "sensibilis",
  "améliorer",
  "soutenir",
  "renforcer",
  "promouvoir",
  "plaider",
  "sensibiliz",
  "concienciar",
  "mejorar",
  "apoyar",
  "fortalecer",
  "promover",
  "abogar",
  "توعية",
  "التوعية",
  "تحسين",
  "دعم",
  "تعزيز",
  "المناصرة",
];

const textOf = (value: Text): string =>
  (typeof value === "string" ? value : (value?.texts[value.original] ?? "")).trim();

/** Words as people write them: split on spaces, in every script the interface speaks. */
const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A number in the statement (digits in any script) makes it concrete enough to drop the hint. */
const hasNumber = (text: string) => /\p{Nd}/u.test(text);

const isVague = (text: string) => {
  const lower = text.toLocaleLowerCase();
  return !hasNumber(lower) && vagueStems.some((stem) => lower.includes(stem));
};

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value);

/**
 * The gaps of a draft, in SMART order. `today` (an ISO day) adds a hint when the deadline has
 * already passed; without it, only the draft itself is judged.
 */
export function smartGaps(draft: SmartDraft, today?: string): SmartGap[] {
  const gaps: SmartGap[] = [];
  const gap = (part: SmartPart, code: SmartGapCode, severity: SmartGap["severity"]) =>
    gaps.push({ part, code, severity });

  const statement = textOf(draft.statement);
  if (!statement) gap("specific", "statementMissing", "missing");
  else if (wordCount(statement) < specificWords) gap("specific", "statementShort", "weak");
  else if (isVague(statement)) gap("specific", "statementVague", "weak");

  if (!textOf(draft.indicator)) gap("measurable", "indicatorMissing", "missing");
  if (!(draft.unit ?? "").trim()) gap("measurable", "unitMissing", "missing");
  if (!isNumber(draft.baseline)) gap("measurable", "baselineMissing", "missing");
  if (!isNumber(draft.target)) gap("measurable", "targetMissing", "missing");
  else if (isNumber(draft.baseline) && draft.target === draft.baseline) {
    gap("measurable", "targetIsBaseline", "missing");
  }

  if (!draft.baselineOn) gap("timeBound", "baselineOnMissing", "missing");
  if (!draft.deadline) gap("timeBound", "deadlineMissing", "missing");
  else if (draft.baselineOn && draft.deadline <= draft.baselineOn) {
    gap("timeBound", "deadlineNotAfterBaseline", "missing");
  } else if (today && draft.deadline < today) gap("timeBound", "deadlinePassed", "weak");
  return gaps;
}

/** Each part's state for a checklist: what code found, or that people must judge it. */
export function smartChecklist(
  gaps: readonly SmartGap[],
): Record<SmartPart, "ok" | "weak" | "missing" | "judge"> {
  const state = (part: SmartPart) => {
    if (judgedByPeople.includes(part)) return "judge" as const;
    const mine = gaps.filter((g) => g.part === part);
    if (mine.some((g) => g.severity === "missing")) return "missing" as const;
    return mine.length ? ("weak" as const) : ("ok" as const);
  };
  return Object.fromEntries(smartParts.map((p) => [p, state(p)])) as Record<
    SmartPart,
    "ok" | "weak" | "missing" | "judge"
  >;
}
