import { Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../lib/hooks.ts";
import type { DirectorySearch } from "./directory-search.ts";
import type { FacetCount } from "./facets.ts";

type Verified = DirectorySearch["verified"];

/** The API filters on one verification state at a time, so this is a choice, not a list. */
export function VerifiedFacet({
  counts,
  value,
  onChange,
}: {
  counts: FacetCount[];
  value: Verified;
  onChange: (value: Verified) => void;
}) {
  const { t } = useTranslation("directory");
  const { number } = useFormatters();
  const countOf = (key: string) => counts.find((c) => c.key === key)?.count ?? 0;
  const options = [
    { value: "", label: t("verifiedAny"), count: countOf("true") + countOf("false") },
    { value: "true", label: t("verifiedTrue"), count: countOf("true") },
    { value: "false", label: t("verifiedFalse"), count: countOf("false") },
  ];
  return (
    <Radio.Group
      label={t("facet.verified")}
      value={value ?? ""}
      onChange={(next) => onChange(next === "true" || next === "false" ? next : undefined)}
      styles={{ label: { fontWeight: 600 } }}
    >
      <Stack gap={8} mt={6}>
        {options.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            label={
              <>
                {option.label}{" "}
                <Text span size="xs" c="gray.7">
                  ({number(option.count)})
                </Text>
              </>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
