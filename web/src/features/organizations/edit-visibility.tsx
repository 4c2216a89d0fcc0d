import { Alert, NativeSelect, SimpleGrid, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldGroups, Visibility } from "../../../../shared/organizations.ts";
import { FormSection } from "../../components/FormSection.tsx";
import type { EditForm } from "./edit-values.ts";

/** Who may read each group of fields, and whether the organisation is listed at all. */
export function VisibilitySection({ form }: { form: EditForm }) {
  const { t } = useTranslation("edit");
  const options = Visibility.options.map((value) => ({
    value,
    label: t(`visibility.levels.${value}`),
  }));
  return (
    <FormSection title={t("sections.visibility")} description={t("sections.visibilityHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fieldGroups.map((group) => (
          <NativeSelect
            key={group}
            label={t(`visibility.groups.${group}`)}
            description={t(`visibility.groupHints.${group}`)}
            data={options}
            {...form.getInputProps(`visibility.${group}`)}
          />
        ))}
      </SimpleGrid>
      <Switch
        label={t("visibility.hide")}
        description={t("visibility.hideHint")}
        {...form.getInputProps("hiddenFromDirectory", { type: "checkbox" })}
      />
      <Switch
        label={t("visibility.discoverable")}
        description={t("visibility.discoverableHint")}
        {...form.getInputProps("discoverable", { type: "checkbox" })}
      />
      {form.values.hiddenFromDirectory && (
        <Alert color="yellow" role="status">
          {t("visibility.hiddenNotice")}
        </Alert>
      )}
    </FormSection>
  );
}
