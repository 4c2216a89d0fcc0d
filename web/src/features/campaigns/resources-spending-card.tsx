import { Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SpendingStatus } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { BudgetLine, Spending } from "../../../../shared/campaigns/resources.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { useAmountFormat } from "./resources-amounts.ts";
import { useDeleteSpending, useReviewSpending } from "./resources-data.ts";
import { SpendingForm } from "./resources-spending-form.tsx";
import { Actions, EditAndRemove, ToneBadge } from "./resources-ui.tsx";
import { useDayFormat } from "./workplan-ui.ts";

const statusColor: Record<SpendingStatus, string> = {
  recorded: "gray",
  confirmed: "teal",
  queried: "orange",
};

/** The fund monitor's question about an entry, sent back to the organisation that spent. */
function QueryForm({
  onSend,
  onCancel,
  pending,
  error,
}: {
  onSend: (note: string) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation("campaign-resources");
  const form = useForm({
    initialValues: { note: "" },
    validate: { note: (value) => (value.trim() ? null : t("spending.queryMissing")) },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSend(values.note.trim()))}>
      <Stack gap="sm">
        <Textarea
          label={t("spending.queryNote")}
          description={t("spending.queryHint")}
          required
          autosize
          minRows={2}
          maxLength={2000}
          dir="auto"
          {...form.getInputProps("note")}
        />
        <FormError error={error} />
        <Group gap="sm" wrap="wrap">
          <Button type="submit" size="sm" color="orange.9" loading={pending}>
            {t("spending.sendQuery")}
          </Button>
          <Button size="sm" variant="default" onClick={onCancel}>
            {t("common:actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * One spending entry: what it paid for, its amount, who spent and recorded it, its status with
 * the fund monitor's review, and what the reader may do with it.
 */
export function SpendingCard({
  campaign,
  lines,
  entry,
  say,
}: {
  campaign: Campaign;
  lines: BudgetLine[];
  entry: Spending;
  say: (text: string) => void;
}) {
  const { t } = useTranslation("campaign-resources");
  const headingId = useId();
  const format = useAmountFormat();
  const formatters = useFormatters();
  const day = useDayFormat();
  const review = useReviewSpending(campaign.id);
  const remove = useDeleteSpending(campaign.id);
  const [mode, setMode] = useState<"view" | "edit" | "query">("view");
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const { permissions } = campaign;
  const open = entry.status !== "confirmed";
  const mayReview = permissions.confirmSpending && open;
  const ours = permissions.actFor.includes(entry.organization.organizationId) && open;
  const line = lines.find((l) => l.id === entry.budgetLineId);
  const amount = format.money(entry.amount, entry.currency);
  const isLink = !!entry.receipt && /^https?:\/\/\S+$/.test(entry.receipt);

  if (mode === "edit") {
    return (
      <li>
        <SpendingForm
          campaign={campaign}
          lines={lines}
          spending={entry}
          onCancel={() => setMode("view")}
          onSaved={(description) => {
            setMode("view");
            say(t("said.spendingSaved", { description }));
          }}
        />
      </li>
    );
  }
  return (
    <Paper withBorder p="sm" component="li" aria-labelledby={headingId} data-spending-id={entry.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title
            order={3}
            size="h5"
            id={headingId}
            dir="auto"
            style={{ overflowWrap: "anywhere", minWidth: 0, flex: "1 1 12rem" }}
          >
            {entry.description}
          </Title>
          <span data-status={entry.status}>
            <ToneBadge color={statusColor[entry.status]}>{t(`status.${entry.status}`)}</ToneBadge>
          </span>
        </Group>
        <Text size="sm" fw={700}>
          {amount}
        </Text>
        <Text size="sm">
          {t("spending.spentBy", { name: entry.organization.name, date: day(entry.spentOn) })}
        </Text>
        {line && (
          <Text size="sm" c="gray.7">
            {t("spending.line", { line: isolate(line.label) })}
          </Text>
        )}
        {entry.receipt && (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {t("spending.receipt")}{" "}
            {isLink ? (
              <Anchor href={entry.receipt} target="_blank" rel="noopener noreferrer" dir="ltr">
                {entry.receipt}
              </Anchor>
            ) : (
              <span dir="auto">{entry.receipt}</span>
            )}
          </Text>
        )}
        {entry.recordedBy && (
          <Text size="xs" c="gray.7">
            {t("spending.recordedBy", { name: entry.recordedBy.name })}
          </Text>
        )}
        {entry.status !== "recorded" && entry.reviewedBy && entry.reviewedAt && (
          <Text size="xs" c="gray.7">
            {t(`spending.reviewedBy.${entry.status}`, {
              name: entry.reviewedBy.name,
              date: formatters.date(entry.reviewedAt),
            })}
          </Text>
        )}
        {entry.status === "queried" && entry.queryNote && (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            <Text span fw={600} size="sm">
              {t("spending.monitorAsks")}
            </Text>{" "}
            <span dir="auto">{entry.queryNote}</span>
          </Text>
        )}
        {mode === "query" && (
          <QueryForm
            pending={review.isPending}
            error={review.error}
            onCancel={() => setMode("view")}
            onSend={(note) =>
              review.mutate(
                { spendingId: entry.id, action: "query", note },
                {
                  onSuccess: () => {
                    setMode("view");
                    say(t("said.queried", { description: entry.description }));
                  },
                },
              )
            }
          />
        )}
        {mode === "view" && (mayReview || ours) && (
          <Actions>
            {mayReview && (
              <>
                <Button
                  size="xs"
                  color="teal.9"
                  onClick={() => {
                    review.reset();
                    setConfirming(true);
                  }}
                  aria-describedby={headingId}
                >
                  {t("spending.confirm")}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    review.reset();
                    setMode("query");
                  }}
                  aria-describedby={headingId}
                >
                  {t("spending.query")}
                </Button>
              </>
            )}
            {ours && (
              <EditAndRemove
                headingId={headingId}
                editLabel={t("spending.edit")}
                removeLabel={t("spending.remove")}
                onEdit={() => setMode("edit")}
                onRemove={() => {
                  remove.reset();
                  setRemoving(true);
                }}
              />
            )}
          </Actions>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t("spending.confirmTitle")}
        confirmLabel={t("spending.confirm")}
        color="teal.9"
        onClose={() => setConfirming(false)}
        pending={review.isPending}
        error={review.error}
        refusals={{ conflict: t("spending.confirmConflict") }}
        onConfirm={() =>
          review.mutate(
            { spendingId: entry.id, action: "confirm" },
            {
              onSuccess: () => {
                setConfirming(false);
                say(t("said.confirmed", { description: entry.description }));
              },
            },
          )
        }
      >
        {t("spending.confirmBody", { amount, description: entry.description })}
      </ConfirmModal>
      <ConfirmModal
        opened={removing}
        title={t("spending.removeTitle")}
        confirmLabel={t("spending.remove")}
        onClose={() => setRemoving(false)}
        pending={remove.isPending}
        error={remove.error}
        refusals={{ conflict: t("spending.removeConflict") }}
        onConfirm={() =>
          remove.mutate(entry.id, {
            onSuccess: () => {
              setRemoving(false);
              say(t("said.spendingRemoved", { description: entry.description }));
            },
          })
        }
      >
        {t("spending.removeBody", { amount, description: entry.description })}
      </ConfirmModal>
    </Paper>
  );
}
