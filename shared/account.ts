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

/** Who is signed in, if anyone: being signed out is a normal answer, not a refusal. */
export const Session = z.object({ me: Me.nullable() });
export type Session = z.infer<typeof Session>;

export const PreferencesUpdate = z.object({ locale: UiLocale }).strict();
