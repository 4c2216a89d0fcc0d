import { readFileSync } from "node:fs";
import path from "node:path";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { type Notification, notificationKinds } from "../../../../shared/notifications.ts";
import { notificationText } from "./notification-text.ts";

const locales = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../locales");
const languages = ["en", "fr", "es", "ar"] as const;
const strip = (text: string) => text.replace(/[\u2068\u2069]/g, "");

const notification = (kind: Notification["kind"], data: Record<string, string>): Notification => ({
  id: "00000000-0000-7000-8000-000000000001",
  kind,
  coalitionId: null,
  data,
  link: "/",
  createdAt: "2026-12-01T10:00:00Z",
  readAt: null,
});

describe("notification text", () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    const resources = Object.fromEntries(
      languages.map((lang) => [
        lang,
        {
          notifications: JSON.parse(
            readFileSync(path.join(locales, lang, "notifications.json"), "utf8"),
          ) as Record<string, unknown>,
        },
      ]),
    );
    await i18n.init({ lng: "en", resources, interpolation: { escapeValue: false } });
  });

  it("has a sentence for every kind in every language, naming what the data names", () => {
    const data = {
      coalition: "Sahel Watch",
      organization: "Delta Relief",
      owner: "Access Watch",
      title: "Report",
      author: "Amani Diallo",
      thread: "Funding",
      outcome: "adopted",
      at: "2026-12-10T09:00:00Z",
      campaign: "Stop Arms",
      amount: "1200.50",
      currency: "EUR",
    };
    for (const lang of languages) {
      const t = i18n.getFixedT(lang);
      for (const kind of notificationKinds) {
        const text = notificationText(t, lang, notification(kind, data));
        expect(text, `${lang} ${kind}`).not.toContain("kinds.");
        expect(text, `${lang} ${kind}`).not.toContain("{{");
      }
    }
  });

  it("writes an amount of spending in the reader's way of writing money", () => {
    const data = {
      organization: "Delta Relief",
      campaign: "Stop Arms",
      amount: "1200.50",
      currency: "EUR",
    };
    const line = (lang: string) =>
      strip(
        notificationText(i18n.getFixedT(lang), lang, notification("spending_to_confirm", data)),
      );
    expect(line("en")).toContain("€1,200.50");
    expect(line("fr")).toMatch(/1\s?200,50\s?€/);
    expect(line("fr")).toContain("Stop Arms");
  });

  it("tells of a block without naming anyone when the proposal names no stances", () => {
    const t = i18n.getFixedT("en");
    const about = { coalition: "Sahel Watch", title: "Report" };
    expect(strip(notificationText(t, "en", notification("proposal_blocked", about)))).toBe(
      "Report (Sahel Watch) has received a block.",
    );
    expect(
      strip(
        notificationText(
          t,
          "en",
          notification("proposal_blocked", { ...about, organization: "Delta Relief" }),
        ),
      ),
    ).toBe("Delta Relief has blocked Report (Sahel Watch).");
  });

  it("tells the convener side who accepted, declined or left", () => {
    const t = i18n.getFixedT("fr");
    const data = { coalition: "Veille Sahel", organization: "Delta Relief" };
    expect(strip(notificationText(t, "fr", notification("member_left", data)))).toBe(
      "Delta Relief a quitté Veille Sahel.",
    );
    expect(strip(notificationText(t, "fr", notification("invitation_accepted", data)))).toBe(
      "Delta Relief a accepté l'invitation à rejoindre Veille Sahel.",
    );
  });
});
