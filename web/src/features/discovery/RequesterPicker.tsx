import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Requester } from "../../../../shared/discovery.ts";
import { requesterKey } from "./discovery-data.ts";

type Option = { id: string; name: string };

/** Whom the search is for: one of my organisations, or a coalition one of them is inside. */
export function RequesterPicker({
  value,
  organizations,
  coalitions,
  onChange,
}: {
  value: Requester | null;
  organizations: Option[];
  coalitions: Option[];
  onChange: (requester: Requester) => void;
}) {
  const { t } = useTranslation("discovery");
  const data = [
    {
      group: t("requester.organizations"),
      items: organizations.map((o) => ({ value: `org:${o.id}`, label: o.name })),
    },
    ...(coalitions.length
      ? [
          {
            group: t("requester.coalitions"),
            items: coalitions.map((c) => ({ value: `coalition:${c.id}`, label: c.name })),
          },
        ]
      : []),
  ];
  return (
    <Select
      label={t("requester.label")}
      description={t("requester.hint")}
      placeholder={t("requester.placeholder")}
      data={data}
      value={requesterKey(value) || null}
      allowDeselect={false}
      searchable
      maw={480}
      onChange={(next) => {
        if (!next) return;
        const [kind, id] = next.split(":") as [string, string];
        onChange(kind === "org" ? { organizationId: id } : { coalitionId: id });
      }}
    />
  );
}
