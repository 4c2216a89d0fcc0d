import { NativeSelect, useDirection } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isRtl, uiLocales, type UiLocale } from "../../../shared/locales.ts";
import { api } from "../lib/api.ts";
import { useMe } from "../lib/hooks.ts";
import { rememberLocale } from "../i18n.ts";

/** Each language is named in itself, so anyone can find their own. */
const endonyms: Record<UiLocale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
};

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setDirection } = useDirection();
  const { data: me } = useMe();
  const queryClient = useQueryClient();

  async function handleChange(locale: UiLocale) {
    rememberLocale(locale);
    await i18n.changeLanguage(locale);
    setDirection(isRtl(locale) ? "rtl" : "ltr");
    if (me) {
      await api.PATCH("/api/v1/me/preferences", { body: { locale } });
      await queryClient.invalidateQueries({ queryKey: ["me"] });
    }
  }

  return (
    <NativeSelect
      aria-label={t("nav.language")}
      value={i18n.language}
      onChange={(event) => void handleChange(event.currentTarget.value as UiLocale)}
      data={uiLocales.map((l) => ({ value: l, label: endonyms[l] }))}
      size="xs"
      w={110}
    />
  );
}
