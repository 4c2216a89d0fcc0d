import { type LocalizedText, type UiLocale, isRtl, pickText } from "../../../shared/locales.ts";
import { escapeHtml } from "../../lib/markdown.ts";
import type { Words } from "./words.ts";

/*
 * The frame around every first view: the app's header, a main landmark and the styles they need,
 * inline so that nothing else is waited for before the first paint. It looks like the app (the
 * same header, colours, type and cards) so that the app taking over the page is barely seen.
 * Without script it still works: links are links, the directory's search is a form, and the
 * menu at phone width is a <details> element.
 */

export const html = escapeHtml;

/** The text to show the reader (pickText in shared/locales.ts) and the language it is in. */
export function textFor(value: LocalizedText, locale: UiLocale) {
  const text = pickText(value, locale);
  const code = value.texts[locale] !== undefined ? locale : value.original;
  return {
    text,
    code,
    mark: code === locale ? "" : ` lang="${html(code)}" dir="${isRtl(code) ? "rtl" : "ltr"}"`,
  };
}

/** A text in the reader's language if it has one, marked with its own language otherwise. */
export function localized(value: LocalizedText | null | undefined, locale: UiLocale, tag = "p") {
  if (!value) return "";
  const { text, mark } = textFor(value, locale);
  return text ? `<${tag}${mark}>${html(text)}</${tag}>` : "";
}

export const styles = `
#first-view{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Helvetica Neue",Arial,sans-serif;font-size:16px;line-height:1.55;color:#000;background:#fff;-webkit-text-size-adjust:100%}
#first-view *{box-sizing:border-box}
#first-view a{color:#087f5b}
#first-view .fv-skip{position:absolute;inset-inline-start:-999px}
#first-view .fv-skip:focus{inset-inline-start:8px;top:8px;background:#fff;padding:8px;z-index:2}
#first-view header{height:60px;border-bottom:1px solid #dee2e6;display:flex;align-items:center;justify-content:space-between;gap:16px;padding:0 16px}
#first-view .fv-name{font-weight:700;color:inherit;text-decoration:none}
#first-view nav ul{list-style:none;margin:0;padding:0;display:flex;gap:16px}
#first-view nav a{color:inherit;text-decoration:none;font-size:14px}
#first-view details{position:relative}
#first-view summary{cursor:pointer;font-size:14px;padding:6px 10px;border:1px solid #ced4da;border-radius:8px;list-style:none}
#first-view details ul{position:absolute;inset-inline-end:0;top:40px;background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:8px 16px;flex-direction:column;min-width:200px;z-index:1}
#first-view .fv-wide{display:none}
@media (min-width:75em){#first-view .fv-wide{display:block}#first-view details{display:none}}
#first-view main{padding:16px;max-width:1200px;overflow-wrap:anywhere}
#first-view h1{font-size:2.125rem;line-height:1.3;margin:8px 0 12px;font-weight:700}
#first-view h2{font-size:1.375rem;line-height:1.35;margin:24px 0 8px}
#first-view h3{font-size:1.125rem;line-height:1.4;margin:0}
#first-view p{margin:0 0 12px}
#first-view .fv-lead{font-size:1.125rem}
#first-view .fv-dim{color:#495057;font-size:14px}
#first-view .fv-buttons{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
#first-view .fv-button{display:inline-block;padding:10px 18px;border-radius:8px;background:#087f5b;color:#fff;text-decoration:none;font-weight:600;border:1px solid #087f5b;font-size:16px;font-family:inherit}
#first-view .fv-button.fv-outline{background:#fff;color:#087f5b}
#first-view .fv-grid{display:grid;gap:24px}
@media (min-width:48em){#first-view .fv-grid{grid-template-columns:repeat(3,1fr)}}
#first-view .fv-card{border:1px solid #dee2e6;border-radius:8px;padding:16px;margin:0 0 16px}
#first-view .fv-card h3 a{color:inherit;text-decoration:none}
#first-view .fv-badge{display:inline-block;font-size:12px;font-weight:700;border:1px solid #087f5b;color:#087f5b;border-radius:16px;padding:0 8px;margin-inline-start:8px;vertical-align:middle}
#first-view form{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:16px 0}
#first-view label{display:block;font-size:14px;font-weight:500;margin-bottom:4px}
#first-view input{font:inherit;padding:8px 12px;border:1px solid #ced4da;border-radius:8px;width:100%;min-width:0}
#first-view .fv-field{flex:1 1 16rem;min-width:0}
#first-view ul.fv-list{padding-inline-start:20px}
`;

/** The page around `main`, with the header of a visitor or a signed-in person. */
export function frame(options: { words: Words; signedIn: boolean; main: string }) {
  const t = options.words("common");
  const links: [string, string][] = [
    ["/directory", t("nav.directory")],
    ["/coalitions", t("nav.coalitions")],
    ...(options.signedIn
      ? ([
          ["/discover", t("nav.discover")],
          ["/dashboard", t("nav.dashboard")],
          ["/account", t("nav.account")],
        ] as [string, string][])
      : ([
          ["/sign-in", t("nav.signIn")],
          ["/sign-up", t("nav.signUp")],
        ] as [string, string][])),
  ];
  const list = `<ul>${links.map(([href, label]) => `<li><a href="${href}">${html(label)}</a></li>`).join("")}</ul>`;
  return `<div id="first-view">
<a class="fv-skip" href="#main">${html(t("nav.skip"))}</a>
<header>
<a class="fv-name" href="/">${html(t("app.name"))}</a>
<nav class="fv-wide" aria-label="${html(t("nav.main"))}">${list}</nav>
<details><summary>${html(t("nav.menu"))}</summary><nav aria-label="${html(t("nav.main"))}">${list}</nav></details>
</header>
<main id="main" tabindex="-1">${options.main}</main>
</div>`;
}
