import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab title to the page's own, then the app's name. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t("app.name")}` : t("app.name");
  }, [title, t]);
}

/** Focuses the first field that needs attention, for keyboard and screen-reader users. */
export function focusFirstInvalid() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
  );
}
