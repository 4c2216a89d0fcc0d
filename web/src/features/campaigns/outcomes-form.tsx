import { Button, Group, NativeSelect, Radio, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { outcomeSignificances } from "../../../../shared/campaigns/catalogue.ts";
import type { CampaignOutcome } from "../../../../shared/campaigns/outcomes.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { type Significance, useChangeOutcome, useLogOutcome } from "./outcomes-data.ts";

type Values = {
  organizationId: string;
  observedOn: string;
  change: LocalizedText;
  contribution: LocalizedText;
  evidence: string;
  significance: Significance;
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Logs an outcome for one of the organisations the reader acts for, or changes one: what
 * changed, what the campaign contributed, the evidence, and how much it counted.
 */
export function OutcomeForm({
  campaign,
  outcome,
  onDone,
}: {
  campaign: Campaign;
  /** The outcome to change; a new one when absent. */
  outcome?: CampaignOutcome;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-outcomes");
  const log = useLogOutcome(campaign.id);
  const change = useChangeOutcome(campaign.id);
  const mutation = outcome ? change : log;
  const empty = { original: i18n.language, texts: { [i18n.language]: "" } };
  const actFor = campaign.organizations.filter((o) =>
    campaign.permissions.actFor.includes(o.organizationId),
  );
  const form = useForm<Values>({
    initialValues: {
      organizationId:
        actFor.find((o) => o.organizationId === campaign.leadOrganization.organizationId)
          ?.organizationId ??
        actFor[0]?.organizationId ??
        "",
      observedOn: outcome?.observedOn ?? today(),
      change: outcome?.change ?? empty,
      contribution: outcome?.contribution ?? empty,
      evidence: outcome?.evidence ?? "",
      significance: outcome?.significance ?? "some",
    },
    validate: {
      observedOn: (value) =>
        !value
          ? t("form.validation.observedOn")
          : value > today()
            ? t("form.validation.future")
            : null,
      change: (value) => (cleanText(value) ? null : t("form.validation.change")),
      contribution: (value) => (cleanText(value) ? null : t("form.validation.contribution")),
    },
  });
  const submit = form.onSubmit((values) => {
    const changed = cleanText(values.change);
    const contribution = cleanText(values.contribution);
    if (!changed || !contribution) return;
    const body = {
      observedOn: values.observedOn,
      change: changed,
      contribution,
      evidence: values.evidence.trim() || null,
      significance: values.significance,
    };
    const done = () => {
      notify({ color: "teal", message: t(outcome ? "log.saved" : "log.logged") });
      onDone();
    };
    if (outcome) change.mutate({ outcomeId: outcome.id, body }, { onSuccess: done });
    else log.mutate({ ...body, organizationId: values.organizationId }, { onSuccess: done });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {!outcome && (
          <NativeSelect
            label={t("form.organization")}
            description={t("form.organizationHint")}
            data={actFor.map((o) => ({ value: o.organizationId, label: o.name }))}
            {...form.getInputProps("organizationId")}
          />
        )}
        <TextInput
          type="date"
          label={t("form.observedOn")}
          description={t("form.observedOnHint")}
          max={today()}
          required
          maw={260}
          {...form.getInputProps("observedOn")}
        />
        <LocalizedTextInput
          label={t("form.change")}
          description={t("form.changeHint")}
          value={form.values.change}
          onChange={(value) => form.setFieldValue("change", value)}
          maxLength={5000}
          rows={3}
          error={form.errors.change}
        />
        <LocalizedTextInput
          label={t("form.contribution")}
          description={t("form.contributionHint")}
          value={form.values.contribution}
          onChange={(value) => form.setFieldValue("contribution", value)}
          maxLength={5000}
          rows={3}
          error={form.errors.contribution}
        />
        <TextInput
          label={t("form.evidence")}
          description={t("form.evidenceHint")}
          maxLength={2000}
          dir="auto"
          {...form.getInputProps("evidence")}
        />
        <Radio.Group
          label={t("form.significance")}
          description={t("form.significanceHint")}
          {...form.getInputProps("significance")}
        >
          <Stack gap={6} mt={6}>
            {outcomeSignificances.map((s) => (
              <Radio key={s} value={s} label={t(`significance.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <FormError error={mutation.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(outcome ? "form.save" : "form.log")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
