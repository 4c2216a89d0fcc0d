import { z } from "zod";

export const ReviewQuery = z
  .object({ verified: z.enum(["true", "false"]).default("false") })
  .strict();
export const ReviewItem = z.object({
  id: z.uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  headquartersCountry: z.string().nullable(),
  website: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const ReviewQueue = z.object({ items: z.array(ReviewItem) });
export const VerificationResult = z.object({
  id: z.uuid(),
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
  verifiedBy: z.string().nullable(),
});
