import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { addDecimals, compareDecimals } from "../../../../shared/campaigns/money.ts";
import type { BudgetLine, BudgetLineInput } from "../../../../shared/campaigns/resources.ts";
import cards from "../../components/Cards.module.css";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { isolate } from "../../lib/bidi.ts";
import {
  amountProblem,
  parseAmountInput,
  useAmountFormat,
  useCurrencyOptions,
} from "./resources-amounts.ts";
import { useCreateBudgetLine, useDeleteBudgetLine, useUpdateBudgetLine } from "./resources-data.ts";
import { Actions, EditAndRemove, Figures, Said } from "./resources-ui.tsx";

/** Spending of any status is booked against the line: its currency is fixed and it is kept. */
const hasSpending = (line: BudgetLine) =>
  compareDecimals(addDecimals(line.confirmed, line.pending, line.queried), "0") > 0;

function BudgetLineForm({
  campaign,
  line,
  onSaved,
  onCancel,
}: {
  campaign: Campaign;
  line?: BudgetLine;
  onSaved: (label: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-resources");
  const headingId = useId();
  const create = useCreateBudgetLine(campaign.id);
  const update = useUpdateBudgetLine(campaign.id);
  const mutation = line ? update : create;
  const format = useAmountFormat();
  const currencies = useCurrencyOptions();
  const locale = i18n.language;
  const locked = !!line && hasSpending(line);
  const form = useForm({
    initialValues: {
      label: line?.label ?? "",
      currency: line?.currency ?? "EUR",
      amount: line ? format.forInput(line.amount) : "",
    },
    validate: {
      label: (value) => (value.trim() ? null : t("budget.form.labelMissing")),
      amount: (value) => {
        const problem = amountProblem(value, locale, { allowZero: true });
        return problem
          ? t(`amountProblem.${problem}`, { example: format.quantity("1250.5") })
          : null;
      },
    },
  });
  const submit = form.onSubmit((values) => {
    const amount = parseAmountInput(values.amount, locale);
    if (amount === null) return;
    const body = {
      label: values.label.trim(),
      currency: values.currency as BudgetLineInput["currency"],
      amount,
    };
    const done = { onSuccess: () => onSaved(body.label) };
    if (!line) return create.mutate(body, done);
    const { currency, ...rest } = body;
    update.mutate({ budgetLineId: line.id, body: currency === line.currency ? rest : body }, done);
  });
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Title order={3} size="h4" id={headingId}>
            {t(line ? "budget.form.editTitle" : "budget.form.title")}
          </Title>
          <TextInput
            label={t("budget.form.label")}
            required
            maxLength={200}
            dir="auto"
            {...form.getInputProps("label")}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label={t("budget.form.currency")}
              description={locked ? t("budget.form.currencyLocked") : undefined}
              disabled={locked}
              data={currencies}
              {...form.getInputProps("currency")}
            />
            <TextInput
              label={t("budget.form.amount")}
              description={t("amountHint", { example: format.quantity("1250.5") })}
              inputMode="decimal"
              autoComplete="off"
              required
              {...form.getInputProps("amount")}
            />
          </SimpleGrid>
          <FormError error={mutation.error} />
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={onCancel}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(line ? "budget.form.save" : "budget.form.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function BudgetLineCard({
  campaign,
  line,
  say,
}: {
  campaign: Campaign;
  line: BudgetLine;
  say: (text: string) => void;
}) {
  const { t } = useTranslation("campaign-resources");
  const headingId = useId();
  const format = useAmountFormat();
  const remove = useDeleteBudgetLine(campaign.id);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const money = (amount: string) => format.money(amount, line.currency);
  const over = compareDecimals(line.variance, "0") < 0;
  const run = campaign.permissions.run;

  if (editing) {
    return (
      <li>
        <BudgetLineForm
          campaign={campaign}
          line={line}
          onCancel={() => setEditing(false)}
          onSaved={(label) => {
            setEditing(false);
            say(t("said.lineSaved", { label }));
          }}
        />
      </li>
    );
  }
  return (
    <Paper withBorder p="sm" component="li" aria-labelledby={headingId} data-line-id={line.id}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {line.label}
        </Title>
        <Figures
          items={[
            { label: t("budget.amount"), value: money(line.amount), strong: true },
            { label: t("totals.confirmed"), value: money(line.confirmed) },
            { label: t("totals.pending"), value: money(line.pending) },
            { label: t("totals.queried"), value: money(line.queried) },
            over
              ? {
                  label: t("totals.overspent"),
                  value: money(line.variance.replace(/^-/, "")),
                  strong: true,
                }
              : { label: t("totals.variance"), value: money(line.variance) },
          ]}
        />
        {run && (
          <Actions>
            <EditAndRemove
              headingId={headingId}
              editLabel={t("budget.edit")}
              {...(hasSpending(line) ? {} : { removeLabel: t("budget.remove") })}
              onEdit={() => setEditing(true)}
              onRemove={() => {
                remove.reset();
                setRemoving(true);
              }}
            />
          </Actions>
        )}
      </Stack>
      <ConfirmModal
        opened={removing}
        title={t("budget.removeTitle")}
        confirmLabel={t("budget.remove")}
        onClose={() => setRemoving(false)}
        pending={remove.isPending}
        error={remove.error}
        refusals={{ conflict: t("budget.removeConflict") }}
        onConfirm={() =>
          remove.mutate(line.id, {
            onSuccess: () => {
              setRemoving(false);
              say(t("said.lineRemoved", { label: line.label }));
            },
          })
        }
      >
        {t("budget.removeBody", { label: isolate(line.label) })}
      </ConfirmModal>
    </Paper>
  );
}

/** The budget lines with their spending; those running the campaign add and change them. */
export function BudgetSection({
  campaign,
  lines,
  error,
  pending,
}: {
  campaign: Campaign;
  lines: BudgetLine[];
  error: unknown;
  pending: boolean;
}) {
  const { t } = useTranslation("campaign-resources");
  const [adding, setAdding] = useState(false);
  const [said, say] = useState("");
  const run = campaign.permissions.run;
  return (
    <PageSection title={t("budget.title")} description={t("budget.intro")}>
      <Said text={said} />
      {adding ? (
        <BudgetLineForm
          campaign={campaign}
          onCancel={() => setAdding(false)}
          onSaved={(label) => {
            setAdding(false);
            say(t("said.lineAdded", { label }));
          }}
        />
      ) : (
        run && (
          <Button
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t("budget.add")}
          </Button>
        )
      )}
      <FormError error={error} />
      {pending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : lines.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t(run ? "budget.noneRun" : "budget.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {lines.map((line) => (
            <BudgetLineCard key={line.id} campaign={campaign} line={line} say={say} />
          ))}
        </Stack>
      )}
    </PageSection>
  );
}
