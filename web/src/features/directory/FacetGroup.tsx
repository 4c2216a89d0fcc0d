import { Button, Checkbox, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { groupByParent } from "../../components/TermBadges.tsx";
import { useFormatters, useTaxonomies, useTermLabel } from "../../lib/hooks.ts";
import { facetVocabulary, type FacetCount, type ListFacet } from "./facets.ts";

const collapsedSize = 6;

export function FacetGroup({
  facet,
  counts,
  selected,
  onChange,
}: {
  facet: ListFacet;
  counts: FacetCount[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation("directory");
  const termLabel = useTermLabel();
  const { number } = useFormatters();
  const { data: taxonomies } = useTaxonomies();
  const [expanded, { toggle }] = useDisclosure(false);
  const vocabulary = facetVocabulary[facet];

  // A chosen value stays visible, so it can be unticked even when nothing matches it now.
  const missing = selected.filter((key) => !counts.some((c) => c.key === key));
  const entries = [...counts, ...missing.map((key) => ({ key, count: 0 }))];
  if (!entries.length) return null;
  const visible = expanded
    ? entries
    : entries.filter((e, i) => i < collapsedSize || selected.includes(e.key));

  const checkbox = (entry: FacetCount) => (
    <Checkbox
      key={entry.key}
      value={entry.key}
      label={
        <>
          {termLabel(vocabulary, entry.key)}{" "}
          <Text span size="xs" c="gray.7">
            ({number(entry.count)})
          </Text>
        </>
      }
    />
  );

  return (
    <Checkbox.Group
      label={t(`facet.${facet}`)}
      value={selected}
      onChange={onChange}
      styles={{ label: { fontWeight: 600 } }}
    >
      <Stack gap={8} mt={6}>
        {facet === "issue"
          ? groupByParent(visible, (e) => e.key, taxonomies?.issue ?? []).map(([parent, items]) => {
              const children = items.filter((e) => e.key !== parent);
              const head = items.find((e) => e.key === parent);
              return (
                <Stack key={parent} gap={6} role="group" aria-label={termLabel("issue", parent)}>
                  {head ? (
                    checkbox(head)
                  ) : (
                    <Text size="xs" fw={600} c="gray.7" aria-hidden>
                      {termLabel("issue", parent)}
                    </Text>
                  )}
                  <Stack gap={6} ms={head ? "md" : 0}>
                    {children.map(checkbox)}
                  </Stack>
                </Stack>
              );
            })
          : visible.map(checkbox)}
      </Stack>
      {entries.length > collapsedSize && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={6}
          px={0}
          onClick={toggle}
          aria-expanded={expanded}
        >
          {expanded ? t("showFewer") : t("showAll", { n: number(entries.length) })}
        </Button>
      )}
    </Checkbox.Group>
  );
}
