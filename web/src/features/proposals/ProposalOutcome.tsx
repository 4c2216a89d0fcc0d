import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { Proposal } from "../../../../shared/proposals.ts";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { notify } from "../../lib/notify.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { useCloseProposal, useRecordOutcome } from "./proposal-data.ts";

/** The convener closes a proposal before its deadline, after a confirmation. */
export function CloseEarly({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation("proposals");
  const close = useCloseProposal(proposal);
  const [confirming, setConfirming] = useState(false);
  return (
    <PageSection title={t("convener.title")} description={t("convener.closeHint")}>
      <Group>
        <Button
          variant="outline"
          color="red"
          onClick={() => {
            close.reset();
            setConfirming(true);
          }}
        >
          {t("convener.close")}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("convener.closeTitle")}
        confirmLabel={t("convener.close")}
        onConfirm={() =>
          close.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notify({ color: "teal", message: t("convener.closed") });
            },
          })
        }
        pending={close.isPending}
        error={close.error}
        refusals={{ forbidden: t("refusals.notConvener"), conflict: t("refusals.alreadyClosed") }}
      >
        {t("convener.closeBody")}
      </ConfirmModal>
    </PageSection>
  );
}

function OutcomeForm({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const { t, i18n } = useTranslation("proposals");
  const record = useRecordOutcome(proposal);
  const [statement, setStatement] = useState<LocalizedText>(
    proposal.outcome?.statement ?? { original: i18n.language, texts: {} },
  );
  const [reviewDate, setReviewDate] = useState(proposal.outcome?.reviewDate ?? "");
  const [tried, setTried] = useState(false);
  const cleaned = cleanText(statement);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!cleaned) return;
    record.mutate(
      { statement: cleaned, ...(reviewDate ? { reviewDate } : {}) },
      {
        onSuccess: () => {
          notify({ color: "teal", message: t("outcomeForm.saved") });
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <LocalizedTextInput
          label={t("outcomeForm.statement")}
          description={t("outcomeForm.statementHint")}
          value={statement}
          onChange={setStatement}
          maxLength={4000}
          rows={3}
          error={tried && !cleaned ? t("outcomeForm.statementMissing") : undefined}
        />
        <TextInput
          type="date"
          label={t("outcomeForm.reviewDate")}
          description={t("outcomeForm.reviewDateHint")}
          value={reviewDate}
          onChange={(event) => setReviewDate(event.currentTarget.value)}
          w={{ base: "100%", sm: 240 }}
        />
        <RefusalAlert
          error={record.error}
          refusals={{ forbidden: t("refusals.notConvener"), conflict: t("refusals.notClosed") }}
        />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t("outcomeForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What the coalition made of the result: the convener's statement and when to look again. */
export function ProposalOutcome({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation("proposals");
  const records = proposal.permissions.recordOutcome;
  const format = useTimeFormat();
  const [editing, setEditing] = useState(false);
  if (proposal.status !== "closed") return null;
  const { outcome } = proposal;
  if (!outcome && !records) return null;
  return (
    <PageSection
      title={t("outcomeForm.title")}
      description={!outcome ? t("outcomeForm.hint") : undefined}
    >
      {outcome && !editing && (
        <Stack gap="xs">
          <LocalizedTextView
            value={outcome.statement}
            ns="proposals"
            withSwitcher
            switcherLabel={t("outcomeForm.language")}
          />
          <Text size="sm" c="gray.7">
            {t("outcomeForm.recorded", { date: format.absolute(outcome.recordedAt) })}
            {outcome.reviewDate
              ? ` · ${t("outcomeForm.review", { date: format.date(outcome.reviewDate) })}`
              : ""}
          </Text>
          {records && (
            <Button variant="subtle" w="fit-content" onClick={() => setEditing(true)}>
              {t("outcomeForm.edit")}
            </Button>
          )}
        </Stack>
      )}
      {records && (!outcome || editing) && (
        <OutcomeForm proposal={proposal} onDone={() => setEditing(false)} />
      )}
    </PageSection>
  );
}
