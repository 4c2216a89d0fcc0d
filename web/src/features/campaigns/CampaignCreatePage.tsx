import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { FormSection } from "../../components/FormSection.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { isolate } from "../../lib/bidi.ts";
import { useMe } from "../../lib/hooks.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { useCreateCampaign } from "./campaign-data.ts";

type Values = {
  organizationId: string;
  title: LocalizedText;
  problem: LocalizedText;
  goal: LocalizedText;
};

function CampaignForm({
  coalitionId,
  proposalId,
  voices,
}: {
  coalitionId?: string | undefined;
  proposalId?: string | undefined;
  voices: { organizationId: string; name: string }[];
}) {
  const { t, i18n } = useTranslation("campaigns");
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const [invalid, setInvalid] = useState(false);
  const empty = () => ({ original: i18n.language, texts: { [i18n.language]: "" } });
  const form = useForm<Values>({
    initialValues: {
      organizationId: voices[0]?.organizationId ?? "",
      title: empty(),
      problem: empty(),
      goal: empty(),
    },
    validate: {
      // From a proposal, the title may be left for the proposal's own.
      title: (value) => (proposalId || cleanText(value) ? null : t("form.validation.title")),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setInvalid(false);
          const title = cleanText(values.title);
          create.mutate(
            {
              organizationId: values.organizationId,
              ...(coalitionId ? { coalitionId } : {}),
              ...(proposalId ? { proposalId } : {}),
              ...(title ? { title } : {}),
              problem: cleanText(values.problem) ?? null,
              goal: cleanText(values.goal) ?? null,
            },
            {
              onSuccess: async (campaign) => {
                notify({ color: "teal", message: t("form.created") });
                await navigate({ to: "/campaigns/$id", params: { id: campaign.id } });
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
        <FormSection title={t("form.sections.plan")}>
          {voices.length > 1 && (
            <NativeSelect
              label={t("form.leadOrganization")}
              description={t("form.leadOrganizationHint")}
              data={voices.map((v) => ({ value: v.organizationId, label: v.name }))}
              {...form.getInputProps("organizationId")}
            />
          )}
          <LocalizedTextInput
            label={t("form.title")}
            description={proposalId ? t("form.titleFromProposal") : t("form.titleHint")}
            value={form.values.title}
            onChange={(value) => form.setFieldValue("title", value)}
            maxLength={200}
            rows={1}
            error={form.errors.title}
          />
          <LocalizedTextInput
            label={t("form.problem")}
            description={t("form.problemHint")}
            value={form.values.problem}
            onChange={(value) => form.setFieldValue("problem", value)}
            maxLength={10000}
            rows={4}
          />
          <LocalizedTextInput
            label={t("form.goal")}
            description={t("form.goalHint")}
            value={form.values.goal}
            onChange={(value) => form.setFieldValue("goal", value)}
            maxLength={2000}
            rows={2}
          />
        </FormSection>
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <FormError error={create.error} />
        <Group justify="flex-end" gap="sm">
          {coalitionId ? (
            <ButtonLink
              variant="default"
              to="/coalitions/$id/campaigns"
              params={{ id: coalitionId }}
            >
              {t("common:actions.cancel")}
            </ButtonLink>
          ) : (
            <ButtonLink variant="default" to="/dashboard">
              {t("common:actions.cancel")}
            </ButtonLink>
          )}
          <Button type="submit" loading={create.isPending}>
            {t("form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Starting a campaign: for a coalition (optionally from an adopted proposal) or for one organisation. */
export function CampaignCreatePage() {
  const { t } = useTranslation("campaigns");
  const search = useSearch({ from: "/campaigns/new" });
  const me = useMe();
  const { access, isPending, error } = useCoalitionAccess(
    search.coalitionId ?? "",
    !!search.coalitionId,
  );
  const mine = useMyOrganizations(!!me.data);
  useDocumentTitle(t("form.pageTitle"));

  if (me.isPending || (search.coalitionId && isPending) || mine.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("form.signInFirst")} />;
  const voices = search.coalitionId
    ? (access?.speakFor ?? [])
    : (mine.data?.items ?? [])
        .filter((o) => !search.organizationId || o.id === search.organizationId)
        .map((o) => ({ organizationId: o.id, name: o.name }));
  if (error || voices.length === 0) {
    return (
      <PageMessage title={t("form.pageTitle")} color="blue">
        {t("form.noVoice")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>{t("form.pageTitle")}</Title>
        <Text c="dimmed" mt="xs">
          {access
            ? t("form.introCoalition", { name: isolate(access.coalition.name) })
            : t("form.introOrganization")}
        </Text>
      </div>
      <CampaignForm
        coalitionId={search.coalitionId}
        proposalId={search.proposalId}
        voices={voices}
      />
    </Stack>
  );
}
