import i18n from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import { isRtl, uiLocales, type UiLocale } from "../../shared/locales.ts";
import { bidiInterpolation } from "./lib/bidi.ts";

const storageKey = "cg.locale";

function initialLocale(): UiLocale {
  const stored = localStorage.getItem(storageKey);
  if (stored && (uiLocales as readonly string[]).includes(stored)) return stored as UiLocale;
  for (const wanted of navigator.languages ?? []) {
    const base = wanted.slice(0, 2);
    if ((uiLocales as readonly string[]).includes(base)) return base as UiLocale;
  }
  return "en";
}

/** Sets lang and dir on <html>, so the browser, screen readers and CSS follow the language. */
export function applyDocumentLocale(locale: string) {
  document.documentElement.lang = locale;
  document.documentElement.dir = isRtl(locale) ? "rtl" : "ltr";
}

/**
 * Kept in local storage for the app, and in a cookie for the server, which renders the first
 * view of some pages in the reader's language (server/modules/first-view/words.ts).
 */
export function rememberLocale(locale: UiLocale) {
  localStorage.setItem(storageKey, locale);
  document.cookie = `${storageKey}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

const locale = initialLocale();
applyDocumentLocale(locale);
if (localStorage.getItem(storageKey) && !document.cookie.includes(`${storageKey}=`))
  rememberLocale(locale);

void i18n
  .use(
    resourcesToBackend(
      (language: string, namespace: string) => import(`./locales/${language}/${namespace}.json`),
    ),
  )
  .use(initReactI18next)
  .init({
    lng: locale,
    fallbackLng: "en",
    supportedLngs: [...uiLocales],
    ns: ["common"],
    defaultNS: "common",
    fallbackNS: "common",
    // Every value put into a sentence goes through one bidi rule (lib/bidi.ts): a name written
    // in the other direction is isolated. Values are not HTML-escaped; React does that.
    interpolation: bidiInterpolation(() => i18n.language),
    react: { useSuspense: true },
  });

i18n.on("languageChanged", applyDocumentLocale);

export default i18n;
