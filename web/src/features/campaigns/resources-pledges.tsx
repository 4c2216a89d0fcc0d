import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { compareDecimals } from "../../../../shared/campaigns/money.ts";
import type { BudgetLine, Pledge } from "../../../../shared/campaigns/resources.ts";
import cards from "../../components/Cards.module.css";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { isolate } from "../../lib/bidi.ts";
import { amountProblem, parseAmountInput, useAmountFormat } from "./resources-amounts.ts";
import { useDeletePledge, usePledges, useUpdatePledge } from "./resources-data.ts";
import { PledgeForm, actingFor } from "./resources-pledge-form.tsx";
import { Actions, EditAndRemove, Said, ToneBadge } from "./resources-ui.tsx";

const kindColor = { money: "blue", staff_days: "violet", in_kind: "orange" } as const;

/** A pledge's amount in its unit: money in its currency, staff days and things in kind as numbers. */
function usePledgeAmount() {
  const format = useAmountFormat();
  return (pledge: Pledge, amount: string) =>
    pledge.currency ? format.money(amount, pledge.currency) : format.quantity(amount);
}

/** What has arrived of a pledge: the pledging organisation, or those running the campaign. */
function ReceiveForm({
  campaign,
  pledge,
  onSaved,
  onCancel,
}: {
  campaign: Campaign;
  pledge: Pledge;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-resources");
  const update = useUpdatePledge(campaign.id);
  const format = useAmountFormat();
  const amount = usePledgeAmount();
  const locale = i18n.language;
  const form = useForm({
    initialValues: { received: format.forInput(pledge.received) },
    validate: {
      received: (value) => {
        const problem = amountProblem(value, locale, { allowZero: true });
        if (problem) return t(`amountProblem.${problem}`, { example: format.quantity("1250.5") });
        const parsed = parseAmountInput(value, locale) ?? "0";
        return compareDecimals(parsed, pledge.amount) > 0 ? t("pledge.receive.tooMuch") : null;
      },
    },
  });
  const submit = form.onSubmit((values) => {
    const received = parseAmountInput(values.received, locale);
    if (received === null) return;
    update.mutate({ pledgeId: pledge.id, body: { received } }, { onSuccess: onSaved });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t("pledge.receive.label")}
          description={t("pledge.receive.hint", { pledged: amount(pledge, pledge.amount) })}
          inputMode="decimal"
          autoComplete="off"
          required
          maw={320}
          {...form.getInputProps("received")}
        />
        <FormError error={update.error} />
        <Group gap="sm" wrap="wrap">
          <Button type="submit" size="sm" loading={update.isPending}>
            {t("pledge.receive.save")}
          </Button>
          <Button size="sm" variant="default" onClick={onCancel}>
            {t("common:actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PledgeCard({
  campaign,
  lines,
  pledge,
  say,
}: {
  campaign: Campaign;
  lines: BudgetLine[];
  pledge: Pledge;
  say: (text: string) => void;
}) {
  const { t } = useTranslation("campaign-resources");
  const headingId = useId();
  const amount = usePledgeAmount();
  const remove = useDeletePledge(campaign.id);
  const [mode, setMode] = useState<"view" | "edit" | "receive">("view");
  const [withdrawing, setWithdrawing] = useState(false);
  const { permissions } = campaign;
  // The server decides; this only hides what it would refuse.
  const ours = permissions.actFor.includes(pledge.organization.organizationId);
  const mayReceive = ours || permissions.run;
  const line = lines.find((l) => l.id === pledge.budgetLineId);
  const arrived = {
    received: amount(pledge, pledge.received),
    pledged: amount(pledge, pledge.amount),
  };

  if (mode === "edit") {
    return (
      <li>
        <PledgeForm
          campaign={campaign}
          lines={lines}
          pledge={pledge}
          onCancel={() => setMode("view")}
          onSaved={() => {
            setMode("view");
            say(t("said.pledgeSaved", { name: pledge.organization.name }));
          }}
        />
      </li>
    );
  }
  return (
    <Paper withBorder p="sm" component="li" aria-labelledby={headingId} data-pledge-id={pledge.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title
            order={3}
            size="h5"
            id={headingId}
            dir="auto"
            style={{ overflowWrap: "anywhere", minWidth: 0, flex: "1 1 12rem" }}
          >
            {pledge.organization.name}
          </Title>
          <ToneBadge color={kindColor[pledge.kind]}>{t(`kind.${pledge.kind}`)}</ToneBadge>
        </Group>
        <Text size="sm" fw={600}>
          {t(`pledge.arrived.${pledge.kind}`, arrived)}
        </Text>
        {pledge.description && (
          <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
            {pledge.description}
          </Text>
        )}
        {line && (
          <Text size="sm" c="gray.7">
            {t("pledge.toLine", { line: isolate(line.label) })}
          </Text>
        )}
        {mode === "receive" && (
          <ReceiveForm
            campaign={campaign}
            pledge={pledge}
            onCancel={() => setMode("view")}
            onSaved={() => {
              setMode("view");
              say(t("said.received", { name: pledge.organization.name }));
            }}
          />
        )}
        {mode === "view" && (mayReceive || ours) && (
          <Actions>
            {mayReceive && (
              <Button size="xs" onClick={() => setMode("receive")} aria-describedby={headingId}>
                {t("pledge.receive.open")}
              </Button>
            )}
            {ours && (
              <EditAndRemove
                headingId={headingId}
                editLabel={t("pledge.edit")}
                removeLabel={t("pledge.withdraw")}
                onEdit={() => setMode("edit")}
                onRemove={() => {
                  remove.reset();
                  setWithdrawing(true);
                }}
              />
            )}
          </Actions>
        )}
      </Stack>
      <ConfirmModal
        opened={withdrawing}
        title={t("pledge.withdrawTitle")}
        confirmLabel={t("pledge.withdraw")}
        onClose={() => setWithdrawing(false)}
        pending={remove.isPending}
        error={remove.error}
        refusals={{}}
        onConfirm={() =>
          remove.mutate(pledge.id, {
            onSuccess: () => {
              setWithdrawing(false);
              say(t("said.withdrawn", { name: pledge.organization.name }));
            },
          })
        }
      >
        {t("pledge.withdrawBody", { name: pledge.organization.name, ...arrived })}
      </ConfirmModal>
    </Paper>
  );
}

/** Each organisation's pledges with what has arrived, and a pledge for one the reader speaks for. */
export function PledgesSection({ campaign, lines }: { campaign: Campaign; lines: BudgetLine[] }) {
  const { t } = useTranslation("campaign-resources");
  const pledges = usePledges(campaign.id);
  const [adding, setAdding] = useState(false);
  const [said, say] = useState("");
  const mayPledge = actingFor(campaign).length > 0;
  const items = [...(pledges.data?.items ?? [])].sort((a, b) =>
    a.organization.name.localeCompare(b.organization.name),
  );
  return (
    <PageSection title={t("pledge.title")} description={t("pledge.intro")}>
      <Said text={said} />
      {adding ? (
        <PledgeForm
          campaign={campaign}
          lines={lines}
          onCancel={() => setAdding(false)}
          onSaved={(name) => {
            setAdding(false);
            say(t("said.pledged", { name }));
          }}
        />
      ) : (
        mayPledge && (
          <Button
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t("pledge.open")}
          </Button>
        )
      )}
      <FormError error={pledges.error} />
      {pledges.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("pledge.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {items.map((pledge) => (
            <PledgeCard
              key={pledge.id}
              campaign={campaign}
              lines={lines}
              pledge={pledge}
              say={say}
            />
          ))}
        </Stack>
      )}
    </PageSection>
  );
}
