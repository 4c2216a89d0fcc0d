import { z } from "zod";
import { UiLocale } from "./localized-text.ts";

export const Me = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  locale: UiLocale.nullable(),
  twoFactorEnabled: z.boolean(),
  isPlatformAdmin: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const PreferencesUpdate = z.object({ locale: UiLocale }).strict();
