import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import i18next, { type i18n as I18n } from "i18next";
import { describe, expect, it } from "vitest";
import { bidiInterpolation, isolate, isolateFor, plainValues } from "./bidi.ts";

const locales = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../locales");
const read = (lang: string, ns: string) =>
  JSON.parse(readFileSync(path.join(locales, lang, `${ns}.json`), "utf8")) as object;
const languages = ["en", "fr", "es", "ar"] as const;
const isolates = /[\u2068\u2069]/g;
const strip = (text: string) => text.replace(isolates, "");
const count = (text: string, char: string) => text.split(char).length - 1;

/** An i18next set up as the interface's is (web/src/i18n.ts), with the real locale files. */
async function interfaceI18n(lng: string): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    fallbackLng: "en",
    ns: ["notifications", "admin", "coalitions"],
    defaultNS: "notifications",
    resources: Object.fromEntries(
      languages.map((lang) => [
        lang,
        {
          notifications: read(lang, "notifications"),
          admin: read(lang, "admin"),
          coalitions: read(lang, "coalitions"),
        },
      ]),
    ),
    interpolation: bidiInterpolation(() => i18n.language),
  });
  return i18n;
}

describe("values put into sentences", () => {
  it("isolates a Latin name inside an Arabic sentence, once", async () => {
    const i18n = await interfaceI18n("ar");
    const text = i18n.t("verifyNamed", { ns: "admin", name: "Delta Relief" });
    expect(text).toBe(`تحقّق من \u2068Delta Relief\u2069`);
    expect(count(text, "\u2068")).toBe(1);
    expect(count(text, "\u2069")).toBe(1);
  });

  it("isolates each Latin value of an Arabic sentence, and leaves the sentence Arabic", async () => {
    const i18n = await interfaceI18n("ar");
    const text = i18n.t("kinds.proposal_opened", {
      coalition: "Sahel Detention Watch",
      title: "Adopt the 2027 plan",
    });
    expect(text).toContain(isolate("Sahel Detention Watch"));
    expect(text).toContain(isolate("Adopt the 2027 plan"));
    expect(count(text, "\u2068")).toBe(2);
    expect(text.replace(/\u2068[^\u2069]*\u2069/g, "")).not.toMatch(/[A-Za-z]/);
  });

  it("leaves a Latin name in an English, French or Spanish sentence as it is", async () => {
    for (const lng of ["en", "fr", "es"]) {
      const i18n = await interfaceI18n(lng);
      const text = i18n.t("verifyNamed", { ns: "admin", name: "Delta Relief" });
      expect(text, lng).toContain("Delta Relief");
      expect(text, lng).not.toMatch(isolates);
    }
    const en = await interfaceI18n("en");
    expect(en.t("verifyNamed", { ns: "admin", name: "Delta Relief" })).toBe("Verify Delta Relief");
  });

  it("isolates an Arabic or Hebrew name in an English sentence", async () => {
    const i18n = await interfaceI18n("en");
    expect(i18n.t("verifyNamed", { ns: "admin", name: "جمعية الأمل" })).toBe(
      "Verify \u2068جمعية الأمل\u2069",
    );
    expect(i18n.t("verifyNamed", { ns: "admin", name: "עמותת תקווה" })).toBe(
      "Verify \u2068עמותת תקווה\u2069",
    );
  });

  it("leaves numbers alone in every language", async () => {
    for (const lng of languages) {
      const i18n = await interfaceI18n(lng);
      i18n.addResource(lng, "admin", "test.sentence", "{{n}} / {{year}}");
      expect(i18n.t("test.sentence", { ns: "admin", n: 3, year: "2027" }), lng).toBe("3 / 2027");
    }
    expect(isolateFor("12:30–14:00", "ar")).toBe("12:30–14:00");
    expect(isolateFor("", "ar")).toBe("");
  });

  it("does not isolate a hand-isolated value a second time", async () => {
    const i18n = await interfaceI18n("ar");
    const text = i18n.t("verifyNamed", { ns: "admin", name: isolate("Delta Relief") });
    expect(count(text, "\u2068")).toBe(1);
    expect(isolate(isolate("Delta"))).toBe(isolate("Delta"));
    // Two isolates side by side are not one isolate: wrapping them is right.
    expect(isolate(`${isolate("a")} ${isolate("b")}`)).toBe(
      `\u2068\u2068a\u2069 \u2068b\u2069\u2069`,
    );
  });

  it("does not wrap a sentence of the same language that holds an isolated name", () => {
    // A translated sentence put into another: its own Latin name is isolated already.
    expect(isolateFor(`فصل: ${isolate("Delta")}`, "ar")).toBe(`فصل: ${isolate("Delta")}`);
    // A mixed value with a bare Latin word still is.
    expect(isolateFor("فصل Delta", "ar")).toBe(isolate("فصل Delta"));
  });

  it("leaves HTML to React: a value is not entity-escaped", async () => {
    const i18n = await interfaceI18n("en");
    expect(i18n.t("verifyNamed", { ns: "admin", name: "a/b & <c>" })).toBe("Verify a/b & <c>");
  });

  it("gives plain text for a sentence sent to the server (a removal proposal's title)", async () => {
    const i18n = await interfaceI18n("ar");
    const shown = i18n.t("removal.proposalTitle", { ns: "coalitions", name: "Delta Relief" });
    expect(shown).toContain(isolate("Delta Relief"));
    const sent = i18n.t("removal.proposalTitle", {
      ns: "coalitions",
      name: "Delta Relief",
      ...plainValues,
    });
    expect(sent).toBe("فصل: Delta Relief");
    // The plain call does not change later calls.
    expect(i18n.t("verifyNamed", { ns: "admin", name: "Delta" })).toContain(isolate("Delta"));
  });

  it("stripping the isolates gives back the plain interpolation, in any language", async () => {
    const instances = await Promise.all(languages.map((lng) => interfaceI18n(lng)));
    const letters = fc.constantFrom(..."aZéñ ج ل ש 7-.:&'".split(""));
    const value = fc.oneof(
      fc.string({ unit: letters, maxLength: 12 }),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[{}]/g, "")),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), value, value, (i, title, coalition) => {
        const i18n = instances[i]!;
        const values = { coalition: strip(coalition), title: strip(title) };
        const shown = i18n.t("kinds.proposal_opened", values);
        const plain = i18n.t("kinds.proposal_opened", { ...values, ...plainValues });
        expect(strip(shown)).toBe(plain);
        // Each value is isolated at most once.
        expect(count(shown, "\u2068")).toBeLessThanOrEqual(2);
        expect(count(shown, "\u2068")).toBe(count(shown, "\u2069"));
      }),
    );
  });

  it("isolates exactly the values with a letter of the other direction", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(...languages), (raw, lng) => {
        const value = strip(raw).replace(/[\u2066\u2067]/g, "");
        const out = isolateFor(value, lng);
        expect(strip(out)).toBe(value);
        const other =
          lng === "ar"
            ? /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC])\p{L}/u
            : /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
        expect(out === value, JSON.stringify(value)).toBe(!other.test(value));
      }),
    );
  });
});
