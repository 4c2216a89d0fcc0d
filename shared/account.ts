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

/** One signed-in device, as its owner sees it: never the session's secret token. */
export const AccountSession = z.object({
  id: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof AccountSession>;
export const AccountSessions = z.object({ items: z.array(AccountSession) });
export type AccountSessions = z.infer<typeof AccountSessions>;
export const AccountSessionParams = z.object({ sessionId: z.string().min(1).max(100) });
