import { Button, Group } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../lib/hooks.ts";
import type { DirectorySearch } from "./directory-search.ts";
import { facetVocabulary, listFacets } from "./facets.ts";

/** The chosen filters in one line above the results, each removable on its own. */
export function ActiveFilters({
  search,
  onChange,
  onClear,
}: {
  search: DirectorySearch;
  onChange: (patch: Partial<DirectorySearch>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation("directory");
  const termLabel = useTermLabel();
  const chips = listFacets.flatMap((facet) =>
    (search[facet] ?? []).map((key) => ({
      id: `${facet}:${key}`,
      label: termLabel(facetVocabulary[facet], key),
      remove: () => {
        const rest = (search[facet] ?? []).filter((k) => k !== key);
        onChange({ [facet]: rest.length ? rest : undefined });
      },
    })),
  );
  if (search.verified) {
    chips.push({
      id: "verified",
      label: search.verified === "true" ? t("verifiedTrue") : t("verifiedFalse"),
      remove: () => onChange({ verified: undefined }),
    });
  }
  if (!chips.length) return null;
  return (
    <Group gap={6} aria-label={t("activeFilters")} role="group">
      {chips.map((chip) => (
        <Button
          key={chip.id}
          size="compact-sm"
          variant="outline"
          radius="xl"
          rightSection={<IconX size={14} aria-hidden />}
          aria-label={t("removeFilter", { label: chip.label })}
          onClick={chip.remove}
        >
          {chip.label}
        </Button>
      ))}
      <Button size="compact-sm" variant="subtle" onClick={onClear}>
        {t("clearFilters")}
      </Button>
    </Group>
  );
}
