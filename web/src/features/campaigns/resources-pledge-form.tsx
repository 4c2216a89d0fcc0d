import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
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
import { type PledgeKind, pledgeKinds } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { BudgetLine, Pledge } from "../../../../shared/campaigns/resources.ts";
import { FormError } from "../../components/FormError.tsx";
import {
  amountProblem,
  parseAmountInput,
  useAmountFormat,
  useCurrencyOptions,
} from "./resources-amounts.ts";
import { useCreatePledge, useUpdatePledge } from "./resources-data.ts";

type Values = {
  organizationId: string;
  kind: PledgeKind;
  currency: string;
  amount: string;
  description: string;
  budgetLineId: string;
};

const amountLabel = {
  money: "pledge.form.amountMoney",
  staff_days: "pledge.form.amountStaffDays",
  in_kind: "pledge.form.amountInKind",
} as const;

/** The organisations the reader acts for in the campaign, by name. */
export function actingFor(campaign: Campaign) {
  return campaign.organizations.filter((o) =>
    campaign.permissions.actFor.includes(o.organizationId),
  );
}

/**
 * A pledge for one of the organisations the reader speaks for, or a change to one: money in a
 * currency (and, if it goes to one, a budget line in that currency), staff days, or something
 * in kind, which says what it is.
 */
export function PledgeForm({
  campaign,
  lines,
  pledge,
  onSaved,
  onCancel,
}: {
  campaign: Campaign;
  lines: BudgetLine[];
  /** The pledge to change; a new one when absent. */
  pledge?: Pledge;
  onSaved: (organizationName: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-resources");
  const headingId = useId();
  const create = useCreatePledge(campaign.id);
  const update = useUpdatePledge(campaign.id);
  const mutation = pledge ? update : create;
  const format = useAmountFormat();
  const currencies = useCurrencyOptions();
  const organizations = actingFor(campaign);
  const locale = i18n.language;
  const form = useForm<Values>({
    initialValues: {
      organizationId: pledge?.organization.organizationId ?? organizations[0]?.organizationId ?? "",
      kind: pledge?.kind ?? "money",
      currency: pledge?.currency ?? lines[0]?.currency ?? "EUR",
      amount: pledge ? format.forInput(pledge.amount) : "",
      description: pledge?.description ?? "",
      budgetLineId: pledge?.budgetLineId ?? "",
    },
    validate: {
      amount: (value) => {
        const problem = amountProblem(value, locale);
        return problem
          ? t(`amountProblem.${problem}`, { example: format.quantity("1250.5") })
          : null;
      },
      description: (value, values) =>
        values.kind === "in_kind" && !value.trim() ? t("pledge.form.describeInKind") : null,
    },
  });
  const v = form.values;
  // Money pledged to a line is in the line's currency; other lines are not on offer.
  const linesInCurrency = lines.filter((l) => l.currency === v.currency);

  const submit = form.onSubmit((values) => {
    const amount = parseAmountInput(values.amount, locale);
    if (!amount) return;
    const money = values.kind === "money";
    const fields = {
      kind: values.kind,
      currency: money ? (values.currency as Pledge["currency"]) : null,
      amount,
      description: values.description.trim() || null,
      budgetLineId:
        money && linesInCurrency.some((l) => l.id === values.budgetLineId)
          ? values.budgetLineId
          : null,
    };
    const name =
      organizations.find((o) => o.organizationId === values.organizationId)?.name ??
      pledge?.organization.name ??
      "";
    const done = { onSuccess: () => onSaved(name) };
    if (pledge) update.mutate({ pledgeId: pledge.id, body: fields }, done);
    else create.mutate({ organizationId: values.organizationId, ...fields }, done);
  });

  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Title order={3} size="h4" id={headingId}>
            {t(pledge ? "pledge.form.editTitle" : "pledge.form.title")}
          </Title>
          {pledge ? (
            <Text size="sm">{t("pledge.form.for", { name: pledge.organization.name })}</Text>
          ) : (
            <NativeSelect
              label={t("pledge.form.organization")}
              description={t("pledge.form.organizationHint")}
              data={organizations.map((o) => ({ value: o.organizationId, label: o.name }))}
              {...form.getInputProps("organizationId")}
            />
          )}
          <Radio.Group label={t("pledge.form.kind")} {...form.getInputProps("kind")}>
            <Group gap="md" mt={6} wrap="wrap">
              {pledgeKinds.map((kind) => (
                <Radio key={kind} value={kind} label={t(`kind.${kind}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, xs: v.kind === "money" ? 2 : 1 }}>
            {v.kind === "money" && (
              <NativeSelect
                label={t("pledge.form.currency")}
                data={currencies}
                {...form.getInputProps("currency")}
              />
            )}
            <TextInput
              label={t(amountLabel[v.kind])}
              description={t("amountHint", { example: format.quantity("1250.5") })}
              inputMode="decimal"
              autoComplete="off"
              required
              maw={v.kind === "money" ? undefined : 320}
              {...form.getInputProps("amount")}
            />
          </SimpleGrid>
          {v.kind === "money" && linesInCurrency.length > 0 && (
            <NativeSelect
              label={t("pledge.form.budgetLine")}
              data={[
                { value: "", label: t("pledge.form.noBudgetLine") },
                ...linesInCurrency.map((l) => ({ value: l.id, label: l.label })),
              ]}
              {...form.getInputProps("budgetLineId")}
            />
          )}
          <Textarea
            label={t(v.kind === "in_kind" ? "pledge.form.whatInKind" : "pledge.form.description")}
            description={v.kind === "in_kind" ? undefined : t("pledge.form.descriptionHint")}
            required={v.kind === "in_kind"}
            autosize
            minRows={2}
            maxLength={2000}
            dir="auto"
            {...form.getInputProps("description")}
          />
          <FormError error={mutation.error} />
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={onCancel}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(pledge ? "pledge.form.save" : "pledge.form.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
