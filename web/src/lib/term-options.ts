import type { ComboboxItem, ComboboxItemGroup } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TaxonomyTerm, Vocabulary } from "../../../shared/taxonomies.ts";
import { useTaxonomies } from "./hooks.ts";

type Group = ComboboxItemGroup<ComboboxItem>;

function labelOf(term: TaxonomyTerm, language: string) {
  return term.labels[language] ?? term.labels.en ?? term.key;
}

/** A vocabulary as options in the reader's language; long lists are sorted by label. */
export function useTermOptions(vocabulary: Vocabulary, sortByLabel = false): ComboboxItem[] {
  const { i18n } = useTranslation();
  const { data } = useTaxonomies();
  return useMemo(() => {
    const items = (data?.[vocabulary] ?? []).map((term) => ({
      value: term.key,
      label: labelOf(term, i18n.language),
    }));
    if (!sortByLabel) return items;
    const collator = new Intl.Collator(i18n.language);
    return items.sort((a, b) => collator.compare(a.label, b.label));
  }, [data, vocabulary, sortByLabel, i18n.language]);
}

/**
 * Region choices in two groups: the humanitarian groupings first (Yemen is "Middle East and
 * North Africa" to this sector, not "Asia"), then the UN M49 regions, each in the reader's
 * language. Every place a region is chosen (a need, a charter's scope, the network filter)
 * offers the same list.
 */
export function useRegionOptions(labels: {
  humanitarian: string;
  m49: string;
}): ComboboxItemGroup<ComboboxItem, string>[] {
  const humanitarianRegions = useTermOptions("humanitarian_region");
  const m49Regions = useTermOptions("region", true);
  return useMemo(
    () => [
      { group: labels.humanitarian, items: humanitarianRegions },
      { group: labels.m49, items: m49Regions },
    ],
    [labels.humanitarian, labels.m49, humanitarianRegions, m49Regions],
  );
}

/**
 * Issues grouped under their parent term. Parents are headings, not choices, unless a profile
 * already holds one; terms with neither parent nor children go under `otherLabel`.
 */
export function useIssueOptions(selected: readonly string[], otherLabel: string): Group[] {
  const { i18n } = useTranslation();
  const { data } = useTaxonomies();
  return useMemo(() => {
    const terms = data?.issue ?? [];
    const parents = new Set(terms.map((t) => t.parent).filter((p): p is string => !!p));
    const groups: Group[] = [];
    const other: ComboboxItem[] = [];
    for (const term of terms) {
      const item = { value: term.key, label: labelOf(term, i18n.language) };
      if (parents.has(term.key)) {
        const children = terms
          .filter((t) => t.parent === term.key)
          .map((t) => ({ value: t.key, label: labelOf(t, i18n.language) }));
        const own = selected.includes(term.key) ? [item] : [];
        groups.push({ group: item.label, items: [...own, ...children] });
      } else if (!term.parent) {
        other.push(item);
      }
    }
    return other.length ? [...groups, { group: otherLabel, items: other }] : groups;
  }, [data, selected, otherLabel, i18n.language]);
}

/** Countries grouped by UN M49 region, each list in the reader's alphabetical order. */
export function useCountryOptions(): Group[] {
  const { i18n } = useTranslation();
  const { data } = useTaxonomies();
  return useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const byRegion = new Map<string, ComboboxItem[]>();
    for (const term of data?.country ?? []) {
      const list = byRegion.get(term.region ?? "") ?? [];
      list.push({ value: term.key, label: labelOf(term, i18n.language) });
      byRegion.set(term.region ?? "", list);
    }
    const regionLabel = (key: string) => {
      const region = data?.region.find((r) => r.key === key);
      return region ? labelOf(region, i18n.language) : key;
    };
    return [...byRegion.entries()]
      .map(([region, items]) => ({
        group: regionLabel(region),
        items: items.sort((a, b) => collator.compare(a.label, b.label)),
      }))
      .sort((a, b) => collator.compare(a.group, b.group));
  }, [data, i18n.language]);
}

/** A language's name from the vocabulary, or from the browser when the vocabulary lacks it. */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const { data } = useTaxonomies();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: "language", fallback: "code" });
    return (code: string) => {
      const term = data?.language.find((t) => t.key === code);
      return term ? labelOf(term, i18n.language) : (names.of(code) ?? code);
    };
  }, [data, i18n.language]);
}
