import { describe, expect, it } from "vitest";
import { uiLocales } from "../../../shared/locales.ts";
import { notificationKinds } from "../../../shared/notifications.ts";
import { notificationLine, renderDigest } from "./notification-text.ts";

const data = {
  coalition: "Coalition on Detention",
  title: "Joint statement",
  organization: "Bar Association",
  owner: "Access Watch",
  author: "Families of the Missing",
  thread: "Next steps",
  at: "2026-06-01T08:30:00.000Z",
  timeZone: "Asia/Beirut",
  date: "2026-06-03",
  outcome: "adopted",
  campaign: "Stop the transfers",
  amount: "1200.5",
  currency: "EUR",
};
/** Campaign news names the campaign rather than a coalition (a campaign may have none). */
const campaignKinds: string[] = ["spending_to_confirm", "spending_queried", "consent_withdrawn"];

describe("notification text", () => {
  it.each(uiLocales.flatMap((l) => notificationKinds.map((k) => [l, k] as const)))(
    "writes %s text for %s with every value filled in",
    (locale, kind) => {
      const line = notificationLine(kind, data, locale);
      expect(line).not.toMatch(/undefined|\$\{/);
      // Record news names the organisation whose record it is.
      expect(line).toContain(
        campaignKinds.includes(kind)
          ? "Stop the transfers"
          : kind === "consent_override"
            ? "Access Watch"
            : "Coalition on Detention",
      );
    },
  );

  it("shows times in the time zone the event is planned in", () => {
    const line = notificationLine("meeting_scheduled", data, "en");
    // 08:30 UTC is 11:30 in Beirut in June (UTC+3).
    expect(line).toContain("11:30");
  });

  it("writes the outcome in the reader's language", () => {
    expect(notificationLine("proposal_closed", data, "es")).toContain("aprobada");
    expect(notificationLine("proposal_closed", { ...data, outcome: "blocked" }, "ar")).toContain(
      "حُجب",
    );
  });

  it("falls back to English for a language it does not have", () => {
    const digest = renderDigest(
      [{ kind: "proposal_opened", data, link: "/proposals/1" }],
      "de",
      "https://cg.example",
    );
    expect(digest.subject).toBe("Common Ground: 1 update for you");
    expect(digest.text).toContain("https://cg.example/proposals/1");
    expect(digest.text).toContain("https://cg.example/account");
  });
});
