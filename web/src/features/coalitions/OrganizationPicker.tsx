import { Select, type ComboboxItem } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api.ts";

export type PickedOrganization = { id: string; name: string };

/**
 * Chooses an organisation: the ones already known to the page first, then whatever the
 * directory finds for what the person types (typos included, so matching is the server's).
 */
export function OrganizationPicker({
  label,
  description,
  value,
  onChange,
  known = [],
  exclude = [],
  error,
  required,
}: {
  label: string;
  description?: ReactNode;
  value: string | null;
  onChange: (organization: PickedOrganization | null) => void;
  known?: readonly PickedOrganization[];
  exclude?: readonly string[];
  error?: ReactNode;
  required?: boolean;
}) {
  const { t } = useTranslation("coalitions");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ["directory", "pick", debounced],
    queryFn: () => api.GET("/api/v1/directory", { params: { query: { q: debounced, limit: 10 } } }),
    enabled: debounced.length >= 2,
    staleTime: 30_000,
  });
  const [picked, setPicked] = useState<PickedOrganization[]>([]);

  const options = useMemo(() => {
    const seen = new Set<string>(exclude);
    const items: ComboboxItem[] = [];
    const add = (org: PickedOrganization) => {
      if (seen.has(org.id)) return;
      seen.add(org.id);
      items.push({ value: org.id, label: org.name });
    };
    const needle = search.trim().toLocaleLowerCase();
    known.filter((o) => !needle || o.name.toLocaleLowerCase().includes(needle)).forEach(add);
    picked.forEach(add);
    (found.data?.items ?? []).forEach((o) => add({ id: o.id, name: o.name }));
    return items;
  }, [known, picked, found.data, exclude, search]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t("picker.placeholder")}
      data={options}
      value={value}
      onChange={(id, option) => {
        const org = id ? { id, name: option?.label ?? "" } : null;
        if (org) setPicked((list) => [...list.filter((o) => o.id !== org.id), org]);
        onChange(org);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The directory already matched (and forgave typos); filtering again would hide hits.
      filter={({ options: all }) => all}
      nothingFoundMessage={
        debounced.length < 2
          ? t("picker.typeMore")
          : found.isFetching
            ? t("app.loading")
            : t("picker.nothing")
      }
      clearable
      error={error}
      required={required}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
