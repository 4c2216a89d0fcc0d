import { useTranslation } from "react-i18next";
import type { StoryUse } from "../../../../shared/campaigns/catalogue.ts";
import type { ConsentProblem } from "../../../../shared/campaigns/consent.ts";

type Consent = { uses: readonly StoryUse[]; givenOn: string; until: string | null };

/**
 * The words the messages page says consent in: days (ISO days, shown as the calendar day they
 * are, whatever the reader's time zone), lists of uses, and why a consent does not cover a use.
 */
export function useConsentWords() {
  const { t, i18n } = useTranslation("campaign-messages");
  const locale = i18n.language;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${iso.slice(0, 10)}T00:00:00Z`),
    );
  const uses = (list: readonly StoryUse[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format(list.map((u) => t(`use.${u}`)));
  const why = (problem: ConsentProblem, consent: Consent) =>
    t(`why.${problem}`, {
      date: day(problem === "not_yet_given" ? consent.givenOn : (consent.until ?? consent.givenOn)),
      uses: uses(consent.uses),
    });
  return { day, uses, why };
}
