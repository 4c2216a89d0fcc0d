import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { BudgetLine, Spending } from "../../../../shared/campaigns/resources.ts";
import { FormError } from "../../components/FormError.tsx";
import { amountProblem, parseAmountInput, useAmountFormat } from "./resources-amounts.ts";
import { useRecordSpending, useUpdateSpending } from "./resources-data.ts";
import { actingFor } from "./resources-pledge-form.tsx";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A spending entry for an organisation the reader acts for, against a budget line and in that
 * line's currency (nothing is converted), with the receipt the fund monitor checks it by.
 * Changing a queried entry answers the query: it goes back to the monitor.
 */
export function SpendingForm({
  campaign,
  lines,
  spending,
  onSaved,
  onCancel,
}: {
  campaign: Campaign;
  lines: BudgetLine[];
  /** The entry to correct; a new one when absent. */
  spending?: Spending;
  onSaved: (description: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-resources");
  const headingId = useId();
  const record = useRecordSpending(campaign.id);
  const update = useUpdateSpending(campaign.id);
  const mutation = spending ? update : record;
  const format = useAmountFormat();
  const organizations = actingFor(campaign);
  const locale = i18n.language;
  const form = useForm({
    initialValues: {
      organizationId:
        spending?.organization.organizationId ?? organizations[0]?.organizationId ?? "",
      budgetLineId: spending?.budgetLineId ?? lines[0]?.id ?? "",
      amount: spending ? format.forInput(spending.amount) : "",
      spentOn: spending?.spentOn ?? today(),
      description: spending?.description ?? "",
      receipt: spending?.receipt ?? "",
    },
    validate: {
      amount: (value) => {
        const problem = amountProblem(value, locale);
        return problem
          ? t(`amountProblem.${problem}`, { example: format.quantity("1250.5") })
          : null;
      },
      spentOn: (value) => (value ? null : t("spending.form.spentOnMissing")),
      description: (value) => (value.trim() ? null : t("spending.form.descriptionMissing")),
      receipt: (value) => (value.trim() ? null : t("spending.form.receiptMissing")),
    },
  });
  const line = lines.find((l) => l.id === form.values.budgetLineId);

  const submit = form.onSubmit((values) => {
    const amount = parseAmountInput(values.amount, locale);
    if (!amount || !line) return;
    const fields = {
      budgetLineId: line.id,
      currency: line.currency,
      amount,
      spentOn: values.spentOn,
      description: values.description.trim(),
      receipt: values.receipt.trim(),
    };
    const done = { onSuccess: () => onSaved(fields.description) };
    if (spending) update.mutate({ spendingId: spending.id, body: fields }, done);
    else record.mutate({ organizationId: values.organizationId, ...fields }, done);
  });

  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Title order={3} size="h4" id={headingId}>
            {t(spending ? "spending.form.editTitle" : "spending.form.title")}
          </Title>
          {spending?.status === "queried" && (
            <Text size="sm">{t("spending.form.answersQuery")}</Text>
          )}
          {spending ? (
            <Text size="sm">{t("spending.form.for", { name: spending.organization.name })}</Text>
          ) : (
            <NativeSelect
              label={t("spending.form.organization")}
              data={organizations.map((o) => ({ value: o.organizationId, label: o.name }))}
              {...form.getInputProps("organizationId")}
            />
          )}
          <NativeSelect
            label={t("spending.form.budgetLine")}
            description={t("spending.form.budgetLineHint")}
            data={lines.map((l) => ({ value: l.id, label: `${l.label} (${l.currency})` }))}
            {...form.getInputProps("budgetLineId")}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t("spending.form.amount", { currency: line?.currency ?? "" })}
              description={t("amountHint", { example: format.quantity("1250.5") })}
              inputMode="decimal"
              autoComplete="off"
              required
              {...form.getInputProps("amount")}
            />
            <TextInput
              type="date"
              label={t("spending.form.spentOn")}
              required
              {...form.getInputProps("spentOn")}
            />
          </SimpleGrid>
          <Textarea
            label={t("spending.form.description")}
            required
            autosize
            minRows={2}
            maxLength={2000}
            dir="auto"
            {...form.getInputProps("description")}
          />
          <TextInput
            label={t("spending.form.receipt")}
            description={t("spending.form.receiptHint")}
            required
            maxLength={2000}
            dir="auto"
            {...form.getInputProps("receipt")}
          />
          <FormError error={mutation.error} />
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={onCancel}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(spending ? "spending.form.save" : "spending.form.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
