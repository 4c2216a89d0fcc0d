import { Alert, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { decisionFor } from "../../../../shared/decisions/charter-rule.ts";
import type { ProposalInput } from "../../../../shared/proposals.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { api } from "../../lib/api.ts";
import { useTaxonomies } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { coalitionKey } from "../../lib/coalition-data.ts";
import { type CoalitionAccess, useCoalitionAccess } from "../../lib/coalition-access.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { fromLocalInput } from "../../lib/time.ts";
import { isolate } from "../../lib/bidi.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { proposalKey } from "./proposal-data.ts";
import {
  emptyProposal,
  optionsError,
  slotsError,
  toRules,
  type ProposalValues,
} from "./proposal-form-values.ts";
import { ProposalSubjectFields } from "./ProposalSubjectFields.tsx";
import {
  ProposalSettingsFields,
  closesAtError,
  defaultSettings,
} from "../../components/ProposalSettingsFields.tsx";

function ProposalForm({ access }: { access: CoalitionAccess }) {
  const { t, i18n } = useTranslation("proposals");
  const coalitionId = access.coalition.id;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [invalid, setInvalid] = useState(false);
  const decisionOf = (values: Pick<ProposalValues, "subject">) =>
    decisionFor(access.coalition.charter, values.subject);
  const form = useForm<ProposalValues>({
    initialValues: emptyProposal(
      i18n.language,
      defaultSettings(access.proposeFor[0]?.organizationId ?? ""),
    ),
    validate: (values) => {
      const chooses = decisionOf(values).by === "proposal";
      const errors: Record<string, string | null> = {
        title: values.title.trim().length >= 3 ? null : t("form.validation.title"),
        closesAt: closesAtError(values.closesAt, t),
        options: chooses ? optionsError(values, t) : null,
        slots: chooses ? slotsError(values, t) : null,
      };
      return Object.fromEntries(Object.entries(errors).filter(([, v]) => v));
    },
  });
  const create = useMutation({
    mutationFn: (values: ProposalValues) => {
      const body: ProposalInput = {
        organizationId: values.organizationId,
        title: values.title.trim(),
        body: cleanText(values.body),
        subject: values.subject,
        // Where the charter fixes the rule, the server applies it and refuses any other.
        ...(decisionOf(values).by === "proposal" ? { rules: toRules(values) } : {}),
        closesAt: fromLocalInput(values.closesAt) ?? values.closesAt,
        hiddenResults: values.hiddenResults,
        anonymous: values.anonymous,
      };
      return api.POST("/api/v1/coalitions/{id}/proposals", {
        params: { path: { id: coalitionId } },
        body,
      });
    },
    onSuccess: async (proposal) => {
      queryClient.setQueryData(proposalKey(proposal.id), proposal);
      await queryClient.invalidateQueries({ queryKey: coalitionKey(coalitionId) });
      notify({ color: "teal", message: t("form.created") });
      await navigate({ to: "/proposals/$id", params: { id: proposal.id } });
    },
  });

  const decision = decisionOf(form.values);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setInvalid(false);
          create.mutate(values);
        },
        () => {
          setInvalid(true);
          focusFirstInvalid();
        },
      )}
    >
      <Stack gap="lg">
        <FormSection title={t("form.sections.question")}>
          <TextInput
            label={t("form.title")}
            dir="auto"
            description={t("form.titleHint")}
            required
            maxLength={200}
            {...form.getInputProps("title")}
          />
          <LocalizedTextInput
            label={t("form.body")}
            description={t("form.bodyHint")}
            value={form.values.body}
            onChange={(value) => form.setFieldValue("body", value)}
            maxLength={10000}
            rows={4}
          />
        </FormSection>
        <FormSection
          title={t("form.sections.decision")}
          description={t("form.sections.decisionHint")}
        >
          <ProposalSubjectFields form={form} decision={decision} />
        </FormSection>
        {decision.by !== "convener" && (
          <FormSection title={t("form.sections.timing")}>
            <ProposalSettingsFields
              bind={(field, options) => form.getInputProps(field, options)}
              voices={access.proposeFor}
            />
          </FormSection>
        )}
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <FormError error={create.error} />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/coalitions/$id" params={{ id: coalitionId }}>
            {t("common:actions.cancel")}
          </ButtonLink>
          {decision.by !== "convener" && (
            <Button type="submit" loading={create.isPending}>
              {t("form.submit")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Putting a question to the member organisations, with the rule that will decide it. */
export function ProposalCreatePage() {
  const { t } = useTranslation(["proposals", "coalitions"]);
  const { id } = useParams({ from: "/coalitions/$id/proposals/new" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  const taxonomies = useTaxonomies();
  useDocumentTitle(t("form.pageTitle"));

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("form.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  if (taxonomies.isPending) return <PageLoading />;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("coalitions:page.backTo", { name: isolate(access.coalition.name) })}
    </AnchorLink>
  );
  if (access.proposeFor.length === 0) {
    return (
      <PageMessage title={t("form.pageTitle")} color="blue" action={back}>
        {t("form.noVoice")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs">
          {t("form.pageTitle")}
        </Title>
        <Text c="dimmed" mt="xs">
          {t("form.intro", { name: isolate(access.coalition.name) })}
        </Text>
      </div>
      <ProposalForm access={access} />
    </Stack>
  );
}
