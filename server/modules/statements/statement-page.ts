import { type LocalizedText, type UiLocale, isRtl, pickText } from "../../../shared/locales.ts";
import type { PublicStatement } from "../../../shared/statements/api.ts";
import { escapeHtml, renderMarkdown } from "../../lib/markdown.ts";

/*
 * The public page of a statement, rendered on the server: a reader on a slow link gets the
 * whole text in the first response, with no script at all, and a link shared anywhere shows
 * its title and first lines (Open Graph). The page's own words come in the four languages;
 * the statement's text in every language it has, each marked with its language and direction.
 */

type Words = {
  signedBy: string;
  noSignatories: string;
  privately: (n: number) => string;
  coalition: (name: string) => string;
  published: (date: string) => string;
  messengers: string;
  version: string;
  otherLanguages: string;
  feedTitle: (name: string) => string;
  languageName: (code: string) => string;
};

const plural = (locale: UiLocale, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>) =>
  (forms[new Intl.PluralRules(locale).select(n)] ?? forms.other ?? "").replace("{n}", String(n));

const languageName = (locale: UiLocale) => (code: string) =>
  new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;

export const pageWords: Record<UiLocale, Words> = {
  en: {
    signedBy: "Signed by",
    noSignatories: "No organisation has signed this statement publicly yet.",
    privately: (n) =>
      plural("en", n, {
        one: "and {n} organisation that supports it privately",
        other: "and {n} organisations that support it privately",
      }),
    coalition: (name) => `A joint statement of ${name}`,
    published: (date) => `Published on ${date}`,
    messengers: "Speaking for the signatories",
    version: "Fingerprint of the signed text (SHA-256)",
    otherLanguages: "In other languages",
    feedTitle: (name) => `Statements of ${name}`,
    languageName: languageName("en"),
  },
  fr: {
    signedBy: "Signée par",
    noSignatories: "Aucune organisation n'a encore signé publiquement cette déclaration.",
    privately: (n) =>
      plural("fr", n, {
        one: "et {n} organisation qui la soutient en privé",
        many: "et {n} organisations qui la soutiennent en privé",
        other: "et {n} organisations qui la soutiennent en privé",
      }),
    coalition: (name) => `Une déclaration commune de ${name}`,
    published: (date) => `Publiée le ${date}`,
    messengers: "Porte-parole des signataires",
    version: "Empreinte du texte signé (SHA-256)",
    otherLanguages: "Dans d'autres langues",
    feedTitle: (name) => `Déclarations de ${name}`,
    languageName: languageName("fr"),
  },
  es: {
    signedBy: "Firmada por",
    noSignatories: "Ninguna organización ha firmado todavía públicamente esta declaración.",
    privately: (n) =>
      plural("es", n, {
        one: "y {n} organización que la apoya en privado",
        many: "y {n} organizaciones que la apoyan en privado",
        other: "y {n} organizaciones que la apoyan en privado",
      }),
    coalition: (name) => `Una declaración conjunta de ${name}`,
    published: (date) => `Publicada el ${date}`,
    messengers: "En nombre de los firmantes",
    version: "Huella del texto firmado (SHA-256)",
    otherLanguages: "En otros idiomas",
    feedTitle: (name) => `Declaraciones de ${name}`,
    languageName: languageName("es"),
  },
  ar: {
    signedBy: "الموقّعون",
    noSignatories: "لم توقّع أي منظمة على هذا البيان علنًا بعد.",
    privately: (n) =>
      plural("ar", n, {
        zero: "ولا توجد منظمات تدعمه سرًّا",
        one: "ومنظمة واحدة تدعمه سرًّا",
        two: "ومنظمتان تدعمانه سرًّا",
        few: "و{n} منظمات تدعمه سرًّا",
        many: "و{n} منظمة تدعمه سرًّا",
        other: "و{n} منظمة تدعمه سرًّا",
      }),
    coalition: (name) => `بيان مشترك صادر عن ${name}`,
    published: (date) => `نُشر في ${date}`,
    messengers: "المتحدثون باسم الموقّعين",
    version: "بصمة النص الموقَّع (SHA-256)",
    otherLanguages: "بلغات أخرى",
    feedTitle: (name) => `بيانات ${name}`,
    languageName: languageName("ar"),
  },
};

const styles = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;line-height:1.6;color:#1b1f24;background:#fff}
body{margin:0}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem;overflow-wrap:anywhere}
header p{color:#495057;margin:.25rem 0}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
article{margin:1rem 0}
ul.signatories{padding-inline-start:1.25rem}
.private{font-style:italic}
.hash{font-family:ui-monospace,monospace;font-size:.8rem;color:#495057;word-break:break-all}
nav a{margin-inline-end:1rem}
a{color:#1c5fb8}
@media print{nav,.noprint{display:none}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}h1{font-size:20pt}article{break-inside:auto}}
`;

const attr = escapeHtml;

function languageSection(text: LocalizedText, title: LocalizedText, code: string, words: Words) {
  const dir = isRtl(code) ? "rtl" : "ltr";
  const heading = title.texts[code] ?? pickText(title, code);
  return `<article lang="${attr(code)}" dir="${dir}"><h2>${escapeHtml(heading)} <small>(${escapeHtml(words.languageName(code))})</small></h2>${renderMarkdown(text.texts[code] ?? "")}</article>`;
}

/** The whole page, in `locale` for its own words, with the reader's language's text first. */
export function renderStatementPage(s: PublicStatement, locale: UiLocale): string {
  const words = pageWords[locale];
  const first = s.text.texts[locale] !== undefined ? locale : s.text.original;
  const others = Object.keys(s.text.texts).filter((code) => code !== first);
  const title = s.title.texts[first] ?? pickText(s.title, locale);
  const text = s.text.texts[first] ?? "";
  const summary = text.replace(/\s+/g, " ").slice(0, 200);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(s.publishedAt),
  );
  const dir = isRtl(locale) ? "rtl" : "ltr";
  const textDir = isRtl(first) ? "rtl" : "ltr";
  const signatories = s.signatories.length
    ? `<ul class="signatories">${s.signatories.map((o) => `<li>${escapeHtml(o.name)}</li>`).join("")}</ul>`
    : `<p>${escapeHtml(words.noSignatories)}</p>`;
  const privately =
    s.privateSupporters !== null
      ? `<p class="private">${escapeHtml(words.privately(s.privateSupporters))}</p>`
      : "";
  const messengers = s.messengers.length
    ? `<h2>${escapeHtml(words.messengers)}</h2><ul>${s.messengers.map((o) => `<li>${escapeHtml(o.name)}</li>`).join("")}</ul>`
    : "";
  const languages = [first, ...others]
    .map(
      (code) =>
        `<a href="?lang=${attr(code)}" hreflang="${attr(code)}" lang="${attr(code)}">${escapeHtml(languageName(code as UiLocale)(code))}</a>`,
    )
    .join("");
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${attr(summary)}">
<link rel="canonical" href="${attr(s.url)}">
${s.coalition ? `<link rel="alternate" type="application/atom+xml" href="${attr(s.url.replace(/\/p\/statements\/.*$/, `/p/coalitions/${s.coalition.id}/statements.atom`))}">` : ""}
<meta property="og:type" content="article">
<meta property="og:title" content="${attr(title)}">
<meta property="og:description" content="${attr(summary)}">
<meta property="og:url" content="${attr(s.url)}">
<meta property="og:locale" content="${attr(first)}">
<meta property="article:published_time" content="${attr(s.publishedAt)}">
<meta name="twitter:card" content="summary">
<style>${styles}</style>
</head>
<body>
<main>
<header>
${s.coalition ? `<p>${escapeHtml(words.coalition(s.coalition.name))}</p>` : ""}
<p><time datetime="${attr(s.publishedAt)}">${escapeHtml(words.published(date))}</time></p>
${others.length ? `<nav class="noprint" aria-label="${attr(words.otherLanguages)}">${languages}</nav>` : ""}
</header>
<article lang="${attr(first)}" dir="${textDir}">
<h1>${escapeHtml(title)}</h1>
${renderMarkdown(text)}
</article>
<section aria-labelledby="signed-by">
<h2 id="signed-by">${escapeHtml(words.signedBy)}</h2>
${signatories}
${privately}
</section>
${messengers}
${others.length ? `<section><h2>${escapeHtml(words.otherLanguages)}</h2>${others.map((code) => languageSection(s.text, s.title, code, words)).join("")}</section>` : ""}
<footer><p>${escapeHtml(words.version)}:</p><p class="hash">${escapeHtml(s.hash)}</p></footer>
</main>
</body>
</html>`;
}
