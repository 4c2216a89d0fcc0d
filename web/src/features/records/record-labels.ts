import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type Term, labelOf } from "../../../../shared/records/vocab.ts";

/**
 * Labels of record fields, kinds, classifications and grades in the reader's language (the
 * `record-fields` namespace), and of the records' vocabularies, which carry their own labels
 * in the four languages (shared/records/vocab.ts). Every records page names things this way.
 */
export function useRecordLabels() {
  const { t, i18n } = useTranslation("record-fields");
  const term = useCallback(
    (terms: readonly Term[], key: string) => labelOf(terms, key, i18n.language),
    [i18n.language],
  );
  return useMemo(
    () => ({
      t,
      term,
      field: (key: string) => t(`field.${key}`, { defaultValue: key }),
      kind: (key: string) => t(`kind.${key}`),
      classification: (key: string) => t(`classification.${key}`),
      consentUse: (key: string) => t(`consentUse.${key}`),
      consentState: (key: string) => t(`consentState.${key}`),
      onwardRule: (key: string) => t(`onwardRule.${key}`),
      dataCategory: (key: string) => t(`dataCategory.${key}`),
    }),
    [t, term],
  );
}
