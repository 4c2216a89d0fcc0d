import { Alert, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView } from "../../../../shared/records/agreements-api.ts";
import type { ConsentUse } from "../../../../shared/records/fields.ts";
import { FormError } from "../../components/FormError.tsx";
import type { useAgreements } from "./record-data.ts";
import { useRecordLabels } from "./record-labels.ts";
import { PathButton } from "./record-view-links.tsx";

/*
 * The parts of the share form that a readable and a confidential record have in common: the
 * agreement and recipient chosen, the expiry, and the reason for sharing without consent. Each
 * form makes its own grant (a confidential one seals the agreed fields first).
 */

/** The fewest characters a reason for sharing without consent takes (as the API checks). */
export const overrideMin = 10;

/** The end of a chosen day in the reader's time zone, as the instant the API takes. */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

const tomorrow = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

type Agreements = ReturnType<typeof useAgreements>;

/** The agreement, recipient, expiry and override reason being chosen, for the owner's record. */
export function useShareChoice(ownerId: string, agreements: Agreements) {
  const inForce = (agreements.data?.items ?? []).filter(
    (a) => a.status === "in_force" && a.parties.some((p) => p.organizationId === ownerId),
  );
  const [agreementId, setAgreementId] = useState("");
  const [toId, setToId] = useState("");
  const [until, setUntil] = useState("");
  const [needsOverride, setNeedsOverride] = useState(false);
  const [reason, setReason] = useState("");
  const chosen = inForce.find((a) => a.id === agreementId);
  const recipients = chosen?.parties.filter((p) => p.organizationId !== ownerId) ?? [];
  // With one other party there is nothing to choose.
  const recipient = recipients.length === 1 ? recipients[0]!.organizationId : toId;
  return {
    inForce,
    agreementId,
    chosen,
    recipients,
    recipient,
    until,
    setUntil,
    needsOverride,
    setNeedsOverride,
    reason,
    setReason,
    chooseAgreement(id: string) {
      setAgreementId(id);
      setToId("");
      setNeedsOverride(false);
    },
    chooseRecipient: setToId,
    clear() {
      setAgreementId("");
      setToId("");
      setUntil("");
      setNeedsOverride(false);
      setReason("");
    },
  };
}

export type ShareChoice = ReturnType<typeof useShareChoice>;

/**
 * The share form's frame: nothing while the agreements load, the way to propose one when the
 * owner has none in force, and otherwise the titled form around the fields.
 */
export function ShareFormFrame({
  agreements,
  choice,
  ownerName,
  onSubmit,
  children,
}: {
  agreements: Agreements;
  choice: ShareChoice;
  ownerName: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation("record");
  const headingId = useId();
  if (agreements.isError) return <FormError error={agreements.error} />;
  if (agreements.isPending) return null;
  if (choice.inForce.length === 0)
    return (
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("share.title")}
        </Title>
        <Text size="sm">{t("share.noAgreement", { owner: ownerName })}</Text>
        <Group>
          <PathButton href="/agreements/new" variant="default">
            {t("share.propose")}
          </PathButton>
        </Group>
      </Stack>
    );
  return (
    <form onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t("share.title")}
        </Title>
        {children}
      </Stack>
    </form>
  );
}

/**
 * The agreement, then (once one is chosen) the recipient and what the agreement lets through,
 * then the expiry. The callbacks clear what the form showed about the earlier choice.
 */
export function ShareChoiceFields({
  choice,
  onAgreementChange,
  onRecipientChange,
  terms,
}: {
  choice: ShareChoice;
  onAgreementChange: () => void;
  onRecipientChange: () => void;
  terms: (agreement: AgreementView) => ReactNode;
}) {
  const { t } = useTranslation("record");
  const { chosen, recipients } = choice;
  return (
    <>
      <NativeSelect
        label={t("share.agreement")}
        value={choice.agreementId}
        onChange={(e) => {
          choice.chooseAgreement(e.currentTarget.value);
          onAgreementChange();
        }}
        data={[
          { value: "", label: t("share.chooseAgreement") },
          ...choice.inForce.map((a) => ({
            value: a.id,
            label: t("share.agreementOption", { title: a.terms.title, version: a.version }),
          })),
        ]}
        maw={520}
        required
      />
      {chosen && (
        <>
          <NativeSelect
            label={t("share.recipient")}
            value={choice.recipient}
            onChange={(e) => {
              choice.chooseRecipient(e.currentTarget.value);
              onRecipientChange();
            }}
            data={[
              ...(recipients.length > 1 ? [{ value: "", label: t("share.chooseRecipient") }] : []),
              ...recipients.map((p) => ({ value: p.organizationId, label: p.name })),
            ]}
            maw={520}
            required
          />
          {terms(chosen)}
        </>
      )}
      <TextInput
        type="date"
        label={t("share.until")}
        description={t("share.untilHint")}
        value={choice.until}
        min={tomorrow()}
        onChange={(e) => choice.setUntil(e.currentTarget.value)}
        maw={240}
      />
    </>
  );
}

/** The record lacks the consent the agreement needs: the warning and the reason to share anyway. */
export function OverrideFields({
  choice,
  consentUse,
  reasonError,
}: {
  choice: ShareChoice;
  consentUse: ConsentUse;
  reasonError?: string | null;
}) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  return (
    <>
      <Alert
        color="orange"
        variant="light"
        role="alert"
        icon={<IconAlertTriangle size={20} aria-hidden />}
        title={t("share.consentMissingTitle")}
        styles={{ title: { color: "var(--mantine-color-text)" } }}
      >
        <Stack gap={6}>
          <Text size="sm">{t("share.consentMissing", { use: labels.consentUse(consentUse) })}</Text>
          <Text size="sm" fw={600}>
            {t("share.overrideWarning")}
          </Text>
        </Stack>
      </Alert>
      <Textarea
        label={t("share.reason")}
        description={t("share.reasonHint", { count: overrideMin })}
        value={choice.reason}
        onChange={(e) => choice.setReason(e.currentTarget.value)}
        error={reasonError}
        minRows={3}
        autosize
        maxLength={2000}
        required
        dir="auto"
      />
    </>
  );
}
