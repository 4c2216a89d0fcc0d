import { Badge, Group, Stack, Title, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TaxonomyTerm, Vocabulary } from "../../../shared/taxonomies.ts";
import { useTaxonomies, useTermLabel } from "../lib/hooks.ts";

/**
 * Groups items under their term's parent (or, for countries, their region), groups in the
 * order of the parent vocabulary. An item without a known parent heads its own group.
 */
export function groupByParent<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  terms: readonly TaxonomyTerm[],
  parentOf: (term: TaxonomyTerm) => string | null = (term) => term.parent,
  parentTerms: readonly TaxonomyTerm[] = terms,
): [parent: string, items: T[]][] {
  const byKey = new Map(terms.map((term) => [term.key, term]));
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const term = byKey.get(keyOf(item));
    const parent = (term && parentOf(term)) ?? keyOf(item);
    groups.set(parent, [...(groups.get(parent) ?? []), item]);
  }
  const sortOf = new Map(parentTerms.map((term) => [term.key, term.sort]));
  const order = (key: string) => sortOf.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b));
}

/**
 * Mantine cuts a badge's label to one line with an ellipsis ("Democra…"); a term's name is
 * shown whole instead, wrapping inside the badge when it is longer than the line.
 */
const wrapping = {
  root: { height: "auto", maxWidth: "100%", paddingBlock: 2 },
  label: {
    whiteSpace: "normal",
    overflow: "visible",
    textOverflow: "clip",
    overflowWrap: "anywhere",
  },
} as const;

/**
 * Taxonomy terms as a list of badges in the reader's language. `ns` names the page's
 * translation namespace, which carries the "+n more" wording.
 */
export function TermBadges({
  vocabulary,
  keys,
  label,
  max,
  ns,
  color = "gray",
}: {
  vocabulary: Vocabulary;
  keys: readonly string[];
  /** Names the list for screen readers, e.g. "Issues". */
  label: string;
  max?: number;
  ns: "directory" | "organization";
  color?: MantineColor;
}) {
  const { t } = useTranslation(ns);
  const termLabel = useTermLabel();
  if (!keys.length) return null;
  const shown = max === undefined ? keys : keys.slice(0, max);
  const hidden = keys.length - shown.length;
  return (
    <Group
      gap={6}
      aria-label={label}
      renderRoot={(props) => <ul {...props} />}
      style={{ listStyle: "none", margin: 0, padding: 0 }}
    >
      {shown.map((key) => (
        <Badge
          key={key}
          component="li"
          variant="light"
          color={color}
          tt="none"
          radius="sm"
          fw={500}
          title={termLabel(vocabulary, key)}
          styles={wrapping}
        >
          {termLabel(vocabulary, key)}
        </Badge>
      ))}
      {hidden > 0 && (
        <Badge component="li" variant="outline" color="gray.7" tt="none" radius="sm" fw={500}>
          {t("text.more", { n: hidden })}
        </Badge>
      )}
    </Group>
  );
}

/**
 * Terms under small headings: issues under their theme, or countries under their region
 * (`byRegion`).
 */
export function GroupedTermBadges({
  vocabulary,
  keys,
  ns,
  byRegion = false,
  headingOrder = 3,
}: {
  vocabulary: Vocabulary;
  keys: readonly string[];
  ns: "directory" | "organization";
  byRegion?: boolean;
  headingOrder?: 3 | 4 | 5;
}) {
  const termLabel = useTermLabel();
  const { data: taxonomies } = useTaxonomies();
  const terms = taxonomies?.[vocabulary] ?? [];
  const groups = byRegion
    ? groupByParent(
        keys,
        (key) => key,
        terms,
        (term) => term.region,
        taxonomies?.region ?? [],
      )
    : groupByParent(keys, (key) => key, terms);
  return groups.map(([parent, members]) => {
    const children = members.filter((key) => key !== parent);
    const isRegion = byRegion && taxonomies?.region.some((region) => region.key === parent);
    const heading = isRegion ? termLabel("region", parent) : termLabel(vocabulary, parent);
    return (
      <Stack key={parent} gap={6}>
        <Title order={headingOrder} size="h6">
          {heading}
        </Title>
        <TermBadges vocabulary={vocabulary} keys={children} label={heading} ns={ns} />
      </Stack>
    );
  });
}
