// Plain values, no Zod: the directory page imports this and should not carry the validator.
export const facetNames = [
  "type",
  "level",
  "humanitarianRegion",
  "region",
  "country",
  "issue",
  "capacity",
  "language",
  "verified",
] as const;
