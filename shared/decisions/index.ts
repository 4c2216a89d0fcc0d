/**
 * Decisions on coalition proposals: the rules fixed when a proposal opens, the ballots
 * member organisations cast (one organisation, one voice), and the pure count at closing.
 */
export * from "./rules.ts";
export * from "./ballots.ts";
export * from "./results.ts";
export * from "./disclosure.ts";
export { evaluate, quorumFor, type EvaluationInput } from "./evaluate.ts";
export { countRankedChoice, type RankedChoiceCount } from "./ranked-choice.ts";
export { ceilDiv, isSimpleFraction, toFraction, type Fraction } from "./fractions.ts";
