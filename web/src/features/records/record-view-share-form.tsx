import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView } from "../../../../shared/records/agreements-api.ts";
import type { RecordView } from "../../../../shared/records/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notify } from "../../lib/notify.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { type useAgreements, useGrantRecord } from "./record-data.ts";
import { useRecordLabels } from "./record-labels.ts";
import { PathButton } from "./record-view-links.tsx";

/** The fewest characters a reason for sharing without consent takes (as the API checks). */
const overrideMin = 10;

/** The end of a chosen day in the reader's time zone, as the instant the API takes. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();
const tomorrow = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** What the chosen agreement lets through, so the sharer knows what the partner will see. */
function AgreementTerms({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const format = useFormatters();
  const terms = agreement.terms;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("share.termsTitle", { version: agreement.version })}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          {t("share.termsFields", { fields: format.list(terms.fields.map(labels.field)) })}
        </List.Item>
        <List.Item>
          {terms.consentRequired
            ? t("share.termsConsent", { use: labels.consentUse(terms.consentRequired) })
            : t("share.termsNoConsent")}
        </List.Item>
        <List.Item>{labels.onwardRule(terms.onwardRule)}</List.Item>
        <List.Item>{t("share.termsRetention", { count: terms.retentionDays })}</List.Item>
      </List>
    </Stack>
  );
}

/**
 * Shares the record with a party to an agreement in force that its owner is a party to. When
 * the record lacks the consent the agreement needs, the API refuses (409): the form says so
 * and offers to share anyway with a reason, which is audited and told to the owner's managers.
 */
export function ShareForm({
  record,
  agreements,
}: {
  record: RecordView;
  agreements: ReturnType<typeof useAgreements>;
}) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const grant = useGrantRecord(record);
  const headingId = useId();
  const owner = record.ownerOrganizationId;
  const inForce = (agreements.data?.items ?? []).filter(
    (a) => a.status === "in_force" && a.parties.some((p) => p.organizationId === owner),
  );
  const [agreementId, setAgreementId] = useState("");
  const [toId, setToId] = useState("");
  const [until, setUntil] = useState("");
  const [needsOverride, setNeedsOverride] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);

  const chosen = inForce.find((a) => a.id === agreementId);
  const recipients = chosen?.parties.filter((p) => p.organizationId !== owner) ?? [];
  const recipient = recipients.length === 1 ? recipients[0]!.organizationId : toId;

  function reset() {
    setAgreementId("");
    setToId("");
    setUntil("");
    setNeedsOverride(false);
    setReason("");
    setReasonError(null);
    setChooseError(null);
    grant.reset();
  }

  function share(withOverride: boolean) {
    if (!chosen || !recipient) return setChooseError(t("share.chooseFirst"));
    setChooseError(null);
    const why = reason.trim();
    if (withOverride && why.length < overrideMin)
      return setReasonError(t("share.reasonTooShort", { count: overrideMin }));
    setReasonError(null);
    grant.mutate(
      {
        agreementId: chosen.id,
        toOrganizationId: recipient,
        ...(until ? { expiresAt: endOfDay(until) } : {}),
        ...(withOverride ? { overrideReason: why } : {}),
      },
      {
        onSuccess: (made) => {
          notify({ color: "teal", message: t("share.done", { name: made.toName }) });
          reset();
        },
        onError: (error) => {
          // The one 409 an agreement in force gives the owner: the record lacks its consent.
          if (error instanceof ApiError && error.status === 409 && chosen.terms.consentRequired)
            setNeedsOverride(true);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    share(needsOverride);
  }

  if (agreements.isError) return <FormError error={agreements.error} />;
  if (agreements.isPending) return null;

  if (inForce.length === 0) {
    return (
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("share.title")}
        </Title>
        <Text size="sm">{t("share.noAgreement", { owner: record.ownerName })}</Text>
        <Group>
          <PathButton href="/agreements/new" variant="default">
            {t("share.propose")}
          </PathButton>
        </Group>
      </Stack>
    );
  }

  const overrideShown = needsOverride && !!chosen?.terms.consentRequired;
  return (
    <form onSubmit={handleSubmit} aria-labelledby={headingId} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t("share.title")}
        </Title>
        <NativeSelect
          label={t("share.agreement")}
          value={agreementId}
          onChange={(e) => {
            setAgreementId(e.currentTarget.value);
            setToId("");
            setNeedsOverride(false);
            grant.reset();
          }}
          data={[
            { value: "", label: t("share.chooseAgreement") },
            ...inForce.map((a) => ({
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
              value={recipient}
              onChange={(e) => {
                setToId(e.currentTarget.value);
                grant.reset();
              }}
              data={[
                ...(recipients.length > 1
                  ? [{ value: "", label: t("share.chooseRecipient") }]
                  : []),
                ...recipients.map((p) => ({ value: p.organizationId, label: p.name })),
              ]}
              maw={520}
              required
            />
            <AgreementTerms agreement={chosen} />
          </>
        )}
        <TextInput
          type="date"
          label={t("share.until")}
          description={t("share.untilHint")}
          value={until}
          min={tomorrow()}
          onChange={(e) => setUntil(e.currentTarget.value)}
          maw={240}
        />
        {chooseError && (
          <Text size="sm" c="red" role="alert">
            {chooseError}
          </Text>
        )}
        {overrideShown ? (
          <Stack gap="sm">
            <Alert
              color="orange"
              variant="light"
              role="alert"
              icon={<IconAlertTriangle size={20} aria-hidden />}
              title={t("share.consentMissingTitle")}
              styles={{ title: { color: "var(--mantine-color-text)" } }}
            >
              <Stack gap={6}>
                <Text size="sm">
                  {t("share.consentMissing", {
                    use: labels.consentUse(chosen.terms.consentRequired ?? "named_partners"),
                  })}
                </Text>
                <Text size="sm" fw={600}>
                  {t("share.overrideWarning")}
                </Text>
              </Stack>
            </Alert>
            <Textarea
              label={t("share.reason")}
              description={t("share.reasonHint", { count: overrideMin })}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
              minRows={3}
              autosize
              maxLength={2000}
              required
              dir="auto"
            />
            {/* The first refusal is explained above; a refusal of the override itself is shown. */}
            <FormError error={grant.variables?.overrideReason ? grant.error : null} />
            <Group gap="sm" wrap="wrap">
              <Button type="submit" color="red" loading={grant.isPending}>
                {t("share.override")}
              </Button>
              <Button variant="default" onClick={reset}>
                {t("share.cancel")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            <FormError error={grant.error} />
            <Group>
              <Button type="submit" loading={grant.isPending}>
                {t("share.submit")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
