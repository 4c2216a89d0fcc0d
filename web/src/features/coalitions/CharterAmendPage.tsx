import { Alert, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { decisionFor } from "../../../../shared/decisions/charter-rule.ts";
import type { ProposalInput } from "../../../../shared/proposals.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { api } from "../../lib/api.ts";
import { useTaxonomies } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { isolate } from "../../lib/bidi.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import {
  ProposalSettingsFields,
  closesAtError,
  defaultSettings,
  type ProposalSettings,
} from "../../components/ProposalSettingsFields.tsx";
import { CharterFields } from "./CharterFields.tsx";
import {
  charterValidation,
  charterValues,
  toCharter,
  type CharterValues,
} from "./charter-values.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { coalitionKey } from "../../lib/coalition-data.ts";
import { type CoalitionAccess, useCoalitionAccess } from "../../lib/coalition-access.ts";
import { OpenRuleFields, defaultOpenRule, toOpenRules } from "./OpenRuleFields.tsx";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { useRuleText } from "./rule-text.ts";
import { fromLocalInput } from "../../lib/time.ts";

type Values = CharterValues & ProposalSettings & { title: string; body: LocalizedText };

function AmendForm({
  access,
  direct,
}: {
  access: CoalitionAccess;
  /** The charter leaves its changes to the convener: no proposal, a new version at once. */
  direct: boolean;
}) {
  const { t, i18n } = useTranslation("coalitions");
  const { t: tp } = useTranslation("proposals");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ruleText = useRuleText();
  const { coalition } = access;
  const [invalid, setInvalid] = useState(false);
  // Where the charter leaves amendments' method open, the proposer chooses it.
  const chooses = !direct && decisionFor(coalition.charter, "charter").by === "proposal";
  const [rule, setRule] = useState(defaultOpenRule);
  const names = new Map(
    (coalition.members ?? []).flatMap((m) =>
      m.organizationId && m.name ? [[m.organizationId, m.name] as const] : [],
    ),
  );
  const form = useForm<Values>({
    initialValues: {
      ...charterValues(coalition.charter, i18n.language, (id) => names.get(id) ?? ""),
      ...defaultSettings(access.proposeFor[0]?.organizationId ?? ""),
      title: t("amend.defaultTitle"),
      body: { original: i18n.language, texts: {} },
    },
    validate: {
      ...charterValidation(t),
      title: (v) => (direct || v.trim().length >= 3 ? null : tp("form.validation.title")),
      closesAt: (v) => (direct ? null : closesAtError(v, tp)),
    },
  });
  const save = useMutation({
    mutationFn: async (values: Values): Promise<{ proposalId?: string }> => {
      const charter = toCharter(values);
      if (direct) {
        const updated = await api.PUT("/api/v1/coalitions/{id}/charter", {
          params: { path: { id: coalition.id } },
          body: charter,
        });
        queryClient.setQueryData(coalitionKey(coalition.id), updated);
        return {};
      }
      const body: ProposalInput = {
        organizationId: values.organizationId,
        title: values.title.trim(),
        body: cleanText(values.body),
        subject: "charter",
        charter,
        ...(chooses ? { rules: toOpenRules(rule) } : {}),
        closesAt: fromLocalInput(values.closesAt) ?? values.closesAt,
        hiddenResults: values.hiddenResults,
        anonymous: values.anonymous,
      };
      const proposal = await api.POST("/api/v1/coalitions/{id}/proposals", {
        params: { path: { id: coalition.id } },
        body,
      });
      return { proposalId: proposal.id };
    },
    onSuccess: async ({ proposalId }) => {
      await queryClient.invalidateQueries({ queryKey: coalitionKey(coalition.id) });
      if (proposalId) {
        notify({ color: "teal", message: t("amend.proposed") });
        await navigate({ to: "/proposals/$id", params: { id: proposalId } });
      } else {
        notify({ color: "teal", message: t("amend.changed") });
        await navigate({ to: "/coalitions/$id/charter", params: { id: coalition.id } });
      }
    },
  });
  const organizations = [...names].map(([id, name]) => ({ id, name }));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setInvalid(false);
          save.mutate(values);
        },
        () => {
          setInvalid(true);
          focusFirstInvalid();
        },
      )}
    >
      <Stack gap="lg">
        <CharterFields form={form} organizations={organizations} />
        {!direct && (
          <FormSection
            title={t("amend.proposalSection")}
            description={t("amend.decidedBy", {
              rule: ruleText(coalition.charter.decisionRules.charter),
            })}
          >
            {chooses && <OpenRuleFields value={rule} onChange={setRule} />}
            <TextInput
              label={tp("form.title")}
              dir="auto"
              required
              maxLength={200}
              {...form.getInputProps("title")}
            />
            <LocalizedTextInput
              label={t("amend.why")}
              description={t("amend.whyHint")}
              value={form.values.body}
              onChange={(value) => form.setFieldValue("body", value)}
              maxLength={10000}
              rows={3}
            />
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
        <FormError error={save.error} />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/coalitions/$id/charter" params={{ id: coalition.id }}>
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={save.isPending}>
            {direct ? t("amend.saveDirect") : t("amend.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A charter amendment: the convener changes it at once where the charter says so; otherwise
 * it becomes a proposal decided under the charter's own rule for charter changes.
 */
export function CharterAmendPage() {
  const { t } = useTranslation("coalitions");
  const { id } = useParams({ from: "/coalitions/$id/charter/amend" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  const taxonomies = useTaxonomies();
  useDocumentTitle(t("amend.title"));

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("amend.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  if (taxonomies.isPending) return <PageLoading />;
  const data = access.coalition;
  const byConvener = decisionFor(data.charter, "charter").by === "convener";
  const back = (
    <AnchorLink to="/coalitions/$id/charter" params={{ id }} w="fit-content">
      {t("compare.back")}
    </AnchorLink>
  );
  if (byConvener && !data.permissions.amendCharter) {
    return (
      <PageMessage title={t("amend.title")} color="blue" action={back}>
        {t("amend.convenerOnly")}
      </PageMessage>
    );
  }
  if (!byConvener && access.proposeFor.length === 0) {
    return (
      <PageMessage title={t("amend.title")} color="blue" action={back}>
        {t("amend.membersOnly")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <AnchorLink to="/coalitions/$id/charter" params={{ id }} size="sm">
          {t("compare.back")}
        </AnchorLink>
        <Title order={1} mt="xs">
          {t("amend.title")}
        </Title>
        <Text c="dimmed" mt="xs" style={{ overflowWrap: "anywhere" }}>
          {byConvener
            ? t("amend.introDirect", { name: isolate(data.name) })
            : t("amend.introProposal", { name: isolate(data.name) })}
        </Text>
      </div>
      <AmendForm access={access} direct={byConvener} />
    </Stack>
  );
}
