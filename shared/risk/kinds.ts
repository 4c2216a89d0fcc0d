// No Zod here: the web's route table imports this, and it must not load the validator.

/** What a joint risk assessment can be of. */
export const riskSubjectKinds = ["statement", "activity", "publication"] as const;
export type RiskSubjectKind = (typeof riskSubjectKinds)[number];
