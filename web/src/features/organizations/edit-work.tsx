import { Checkbox, MultiSelect, NativeSelect, Select, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../components/FormSection.tsx";
import { useCountryOptions, useIssueOptions, useTermOptions } from "../../lib/term-options.ts";
import type { EditForm } from "./edit-values.ts";

/** What the organisation is and where and on what it works. Every choice is a taxonomy term. */
export function WorkSection({ form }: { form: EditForm }) {
  const { t } = useTranslation("edit");
  const types = useTermOptions("org_type");
  const levels = useTermOptions("level");
  const sizes = useTermOptions("size_band");
  const capacities = useTermOptions("capacity", true);
  const languages = useTermOptions("language", true);
  const postures = useTermOptions("posture");
  const countries = useCountryOptions();
  const issues = useIssueOptions(form.values.issues, t("fields.otherIssues"));
  const search = {
    searchable: true,
    // Typing a few letters and pressing Enter picks the first match, as people expect.
    selectFirstOptionOnChange: true,
    clearable: true,
    hidePickedOptions: true,
    nothingFoundMessage: t("nothingFound"),
  };

  return (
    <FormSection title={t("sections.work")} description={t("sections.workHint")}>
      <MultiSelect
        label={t("fields.types")}
        description={t("fields.typesHint")}
        required
        data={types}
        maxValues={16}
        {...search}
        {...form.getInputProps("types")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t("fields.level")}
          required
          data={[{ value: "", label: t("fields.choose") }, ...levels]}
          {...form.getInputProps("level")}
        />
        <NativeSelect
          label={t("fields.sizeBand")}
          data={[{ value: "", label: t("fields.notSaid") }, ...sizes]}
          value={form.values.sizeBand ?? ""}
          onChange={(event) => form.setFieldValue("sizeBand", event.currentTarget.value || null)}
          error={form.errors.sizeBand}
        />
      </SimpleGrid>
      <Select
        label={t("fields.headquartersCountry")}
        data={countries}
        {...search}
        {...form.getInputProps("headquartersCountry")}
      />
      <MultiSelect
        label={t("fields.countries")}
        description={t("fields.countriesHint")}
        data={countries}
        maxValues={250}
        {...search}
        {...form.getInputProps("countries")}
      />
      <MultiSelect
        label={t("fields.issues")}
        description={t("fields.issuesHint")}
        data={issues}
        maxValues={60}
        {...search}
        {...form.getInputProps("issues")}
      />
      <MultiSelect
        label={t("fields.capacities")}
        description={t("fields.capacitiesHint")}
        data={capacities}
        maxValues={40}
        {...search}
        {...form.getInputProps("capacities")}
      />
      <MultiSelect
        label={t("fields.workingLanguages")}
        data={languages}
        maxValues={40}
        {...search}
        {...form.getInputProps("workingLanguages")}
      />
      <Checkbox.Group
        label={t("fields.postures")}
        description={t("fields.posturesHint")}
        {...form.getInputProps("postures")}
      >
        <Stack gap="xs" mt="xs">
          {postures.map((posture) => (
            <Checkbox key={posture.value} value={posture.value} label={posture.label} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormSection>
  );
}
