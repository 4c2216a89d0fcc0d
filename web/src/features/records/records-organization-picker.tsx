import { MultiSelect, type ComboboxItem } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api.ts";

export type NamedOrganization = { id: string; name: string };

/**
 * Names several organisations found in the directory as the person types (typos forgiven:
 * matching is the server's). Those already chosen keep their names, and `exclude` (the owner)
 * is never offered.
 */
export function OrganizationsPicker({
  label,
  description,
  value,
  onChange,
  known,
  exclude = [],
  error,
}: {
  label: string;
  description?: ReactNode;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Names of organisations already chosen, as far as the page knows them. */
  known: readonly NamedOrganization[];
  exclude?: readonly string[];
  error?: ReactNode;
}) {
  const { t } = useTranslation("records");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ["directory", "pick", debounced],
    queryFn: () => api.GET("/api/v1/directory", { params: { query: { q: debounced, limit: 10 } } }),
    enabled: debounced.length >= 2,
    staleTime: 30_000,
  });
  const [names, setNames] = useState<Map<string, string>>(() => new Map());
  useEffect(() => {
    setNames((current) => {
      const missing = known.filter((o) => current.get(o.id) !== o.name);
      if (!missing.length) return current;
      const next = new Map(current);
      missing.forEach((o) => next.set(o.id, o.name));
      return next;
    });
  }, [known]);

  const options = useMemo(() => {
    const seen = new Set<string>(exclude);
    const items: ComboboxItem[] = [];
    const add = (id: string, name: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      items.push({ value: id, label: name });
    };
    // A chosen organisation whose name is not known yet still shows as chosen.
    value.forEach((id) => add(id, names.get(id) ?? t("sharing.unnamedOrganization")));
    (found.data?.items ?? []).forEach((o) => add(o.id, o.name));
    return items;
  }, [value, names, found.data, exclude, t]);

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : t("sharing.pickerPlaceholder")}
      data={options}
      value={value}
      onChange={(ids) => {
        const labelled = new Map(names);
        for (const option of options) labelled.set(option.value, option.label);
        setNames(labelled);
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The directory already matched (and forgave typos); filtering again would hide hits.
      filter={({ options: all }) => all}
      hidePickedOptions
      nothingFoundMessage={
        debounced.length < 2
          ? t("sharing.typeMore")
          : found.isFetching
            ? t("common:app.loading")
            : t("sharing.nothingFound")
      }
      maxValues={200}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
