import { CoalitionInsidePage } from "../../components/CoalitionInsidePage.tsx";
import { Alert, Button, Group, NativeSelect, Stack, Switch, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText, type LocalizedText } from "../../../../shared/locales.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { isolate } from "../../lib/bidi.ts";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { fromLocalInput, readerTimeZone } from "../../lib/time.ts";
import { deadlineError } from "./statement-form.ts";
import { useCoalitionCampaigns, useCreateStatement } from "./statement-data.ts";

type Values = {
  title: LocalizedText;
  text: LocalizedText;
  campaignId: string;
  signOnClosesAt: string;
  showPrivateCount: boolean;
};

function StatementForm({ access }: { access: CoalitionAccess }) {
  const { t, i18n } = useTranslation("statements");
  const coalitionId = access.coalition.id;
  const navigate = useNavigate();
  const create = useCreateStatement(coalitionId);
  const campaigns = useCoalitionCampaigns(coalitionId);
  const [invalid, setInvalid] = useState(false);
  const empty = () => ({ original: i18n.language, texts: { [i18n.language]: "" } });
  const form = useForm<Values>({
    initialValues: {
      title: empty(),
      text: empty(),
      campaignId: "",
      signOnClosesAt: "",
      showPrivateCount: false,
    },
    validate: {
      title: (value) => (cleanText(value) ? null : t("form.validation.title")),
      text: (value) => (cleanText(value) ? null : t("form.validation.text")),
      signOnClosesAt: (value) => deadlineError(value, t),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setInvalid(false);
          const closes = fromLocalInput(values.signOnClosesAt);
          create.mutate(
            {
              title: cleanText(values.title)!,
              text: cleanText(values.text)!,
              ...(values.campaignId ? { campaignId: values.campaignId } : {}),
              ...(closes ? { signOnClosesAt: closes } : {}),
              showPrivateCount: values.showPrivateCount,
            },
            {
              onSuccess: async (statement) => {
                notify({ color: "teal", message: t("form.created") });
                await navigate({ to: "/statements/$id", params: { id: statement.id } });
              },
            },
          );
        },
        () => {
          setInvalid(true);
          focusFirstInvalid();
        },
      )}
    >
      <Stack gap="lg">
        <FormSection title={t("form.sections.text")} description={t("form.sections.textHint")}>
          <LocalizedTextInput
            label={t("form.title")}
            description={t("form.titleHint")}
            value={form.values.title}
            onChange={(value) => form.setFieldValue("title", value)}
            maxLength={300}
            rows={1}
            error={form.errors.title}
          />
          <LocalizedTextInput
            label={t("form.text")}
            description={t("form.textHint")}
            value={form.values.text}
            onChange={(value) => form.setFieldValue("text", value)}
            maxLength={20000}
            rows={8}
            error={form.errors.text}
          />
        </FormSection>
        <FormSection title={t("form.sections.signOn")}>
          <NativeSelect
            label={t("form.campaign")}
            description={t("form.campaignHint")}
            data={[
              { value: "", label: t("form.noCampaign") },
              ...(campaigns.data?.items ?? []).map((c) => ({
                value: c.id,
                label: pickText(c.title, i18n.language),
              })),
            ]}
            {...form.getInputProps("campaignId")}
          />
          <TextInput
            type="datetime-local"
            label={t("form.deadline")}
            description={t("form.deadlineHint", { zone: readerTimeZone() })}
            w={{ base: "100%", sm: 320 }}
            {...form.getInputProps("signOnClosesAt")}
          />
          <Switch
            label={t("form.showPrivateCount")}
            description={t("form.showPrivateCountHint")}
            {...form.getInputProps("showPrivateCount", { type: "checkbox" })}
          />
        </FormSection>
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <RefusalAlert error={create.error} refusals={{ forbidden: t("form.forbidden") }} />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/coalitions/$id" params={{ id: coalitionId }}>
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={create.isPending}>
            {t("form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Drafting a joint statement: its text in one or more languages, and how sign-on goes. */
export function StatementCreatePage() {
  const { t } = useTranslation("statements");
  const { id } = useParams({ from: "/coalitions/$id/statements/new" });
  useDocumentTitle(t("form.pageTitle"));
  return (
    <CoalitionInsidePage
      id={id}
      ns="statements"
      titleKey="form.pageTitle"
      headingKey="form.pageTitle"
      signInFirstKey="form.signInFirst"
      notInsideKey="form.notInside"
      backToKey="coalitions:page.backTo"
      intro={(access) => t("form.intro", { name: isolate(access.coalition.name) })}
    >
      {(access) => <StatementForm access={access} />}
    </CoalitionInsidePage>
  );
}
