import { describe, expect, it } from "vitest";
import type { TaxonomyTerm } from "../taxonomies.ts";
import { createTermMatcher, transpositionsOf } from "./term-matcher.ts";

const term = (key: string, labels: Record<string, string>, parent: string | null = null) =>
  ({ key, parent, labels, sort: 0, region: null }) satisfies TaxonomyTerm;

const matcher = createTermMatcher({
  issue: [
    term("protection", {
      en: "Protection of civilians",
      fr: "Protection des civils",
      es: "Protección de los civiles",
      ar: "حماية المدنيين",
    }),
    term(
      "humanitarian_access",
      {
        en: "Humanitarian access",
        fr: "Accès humanitaire",
        es: "Acceso humanitario",
        ar: "وصول المساعدات الإنسانية",
      },
      "protection",
    ),
    term("torture", {
      en: "Torture and ill-treatment",
      fr: "Torture et mauvais traitements",
      es: "Tortura y malos tratos",
      ar: "التعذيب وسوء المعاملة",
    }),
    term("refugees_asylum", {
      en: "Refugees and asylum seekers",
      fr: "Réfugiés et demandeurs d'asile",
      es: "Personas refugiadas y solicitantes de asilo",
      ar: "اللاجئون وطالبو اللجوء",
    }),
  ],
  capacity: [
    term("litigation", { en: "Litigation", fr: "Contentieux", es: "Litigio", ar: "التقاضي" }),
    term("digital_security", {
      en: "Security and digital safety",
      fr: "Sécurité et protection numérique",
      es: "Seguridad y protección digital",
      ar: "الأمن والسلامة الرقمية",
    }),
  ],
  country: [term("YE", { en: "Yemen", fr: "Yémen", es: "Yemen", ar: "اليمن" })],
  org_type: [
    term("womens_rights", {
      en: "Women's rights / feminist",
      fr: "Droits des femmes / féministe",
      es: "Derechos de las mujeres / feminista",
      ar: "حقوق المرأة / نسوية",
    }),
  ],
});
const keys = (refs: { key: string }[]) => refs.map((r) => r.key).sort();

describe("taxonomy terms named in any language", () => {
  it("finds a term through its label in each of the four languages", () => {
    for (const word of ["litigation", "contentieux", "litigio", "التقاضي", "تقاضي"]) {
      expect(
        keys(matcher.termsFor(word.normalize("NFC").toLowerCase().replace(/^ال/, ""))),
        word,
      ).toEqual(["litigation"]);
    }
    expect(keys(matcher.termsFor("acces"))).toEqual(["humanitarian_access"]);
    expect(keys(matcher.termsFor("refugiados"))).toEqual(["refugees_asylum"]);
  });

  it("takes an Arabic broken plural for its singular, and the singular for the plural", () => {
    // The label says "المرأة" (woman); people write "النساء" (women), with or without a prefix.
    for (const word of ["نساء", "مراه", "امراه"])
      expect(keys(matcher.termsFor(word)), word).toEqual(["womens_rights"]);
    expect(keys(matcher.namedIn("نبحث عن منظمة تعمل على حقوق النساء في اليمن"))).toEqual([
      "YE",
      "womens_rights",
    ]);
    // A word that merely shares letters is not a plural of it.
    expect(matcher.termsFor("نسيج")).toEqual([]);
  });

  it("reaches the narrower terms of a broad one", () => {
    expect(keys(matcher.termsFor("civils"))).toEqual(["humanitarian_access", "protection"]);
  });

  it("tries swapped letters only when asked", () => {
    expect(matcher.termsFor("ltiigation")).toEqual([]);
    expect(keys(matcher.termsForTransposed("ltiigation"))).toEqual(["litigation"]);
    expect(transpositionsOf("abc")).toEqual(["bac", "acb"]);
  });

  it("names the terms a free text asks for, and not every term sharing one of its words", () => {
    expect(
      keys(
        matcher.namedIn("Nous cherchons un appui en contentieux pour l'accès humanitaire au Yémen"),
      ),
    ).toEqual(["YE", "humanitarian_access", "litigation"]);
    expect(keys(matcher.namedIn("نبحث عن شركاء في التقاضي ضد التعذيب في اليمن"))).toEqual([
      "YE",
      "litigation",
      "torture",
    ]);
    expect(keys(matcher.namedIn("protection numérique y seguridad digital"))).toEqual([
      "digital_security",
    ]);
    expect(keys(matcher.namedIn("We need partners for our work with them"))).toEqual([]);
  });
});
