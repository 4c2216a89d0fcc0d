import { TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../components/FormSection.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { errorUnder, type EditForm } from "./edit-values.ts";

export function IdentitySection({ form, logo }: { form: EditForm; logo: ReactNode }) {
  const { t } = useTranslation("edit");
  return (
    <FormSection title={t("sections.identity")}>
      <TextInput
        label={t("fields.name")}
        description={t("fields.nameHint")}
        required
        maxLength={200}
        autoComplete="organization"
        {...form.getInputProps("name")}
      />
      <TextInput
        label={t("fields.acronym")}
        maxLength={30}
        w={{ base: "100%", sm: 240 }}
        {...form.getInputProps("acronym")}
      />
      <TextInput
        label={t("fields.website")}
        description={t("fields.websiteHint")}
        type="url"
        inputMode="url"
        autoComplete="url"
        dir="ltr"
        maxLength={500}
        {...form.getInputProps("website")}
      />
      {logo}
    </FormSection>
  );
}

export function AboutSection({ form }: { form: EditForm }) {
  const { t } = useTranslation("edit");
  return (
    <FormSection title={t("sections.about")} description={t("sections.aboutHint")}>
      <LocalizedTextInput
        label={t("fields.mission")}
        description={t("fields.missionHint")}
        value={form.values.mission}
        onChange={(value) => form.setFieldValue("mission", value)}
        error={errorUnder(form, "mission")}
        maxLength={2000}
        rows={3}
      />
      <LocalizedTextInput
        label={t("fields.description")}
        description={t("fields.descriptionHint")}
        value={form.values.description}
        onChange={(value) => form.setFieldValue("description", value)}
        error={errorUnder(form, "description")}
        maxLength={10000}
        rows={6}
      />
    </FormSection>
  );
}
