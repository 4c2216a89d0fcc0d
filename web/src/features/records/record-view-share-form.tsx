import { Button, Group, List, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView } from "../../../../shared/records/agreements-api.ts";
import type { RecordView } from "../../../../shared/records/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notify } from "../../lib/notify.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { type useAgreements, useGrantRecord } from "./record-data.ts";
import { useRecordLabels } from "./record-labels.ts";
import {
  OverrideFields,
  ShareChoiceFields,
  ShareFormFrame,
  endOfDay,
  overrideMin,
  useShareChoice,
} from "./record-share-parts.tsx";

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
  const grant = useGrantRecord(record);
  const choice = useShareChoice(record.ownerOrganizationId, agreements);
  const { chosen, recipient, needsOverride } = choice;
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);

  function reset() {
    choice.clear();
    setReasonError(null);
    setChooseError(null);
    grant.reset();
  }

  function share(withOverride: boolean) {
    if (!chosen || !recipient) return setChooseError(t("share.chooseFirst"));
    setChooseError(null);
    const why = choice.reason.trim();
    if (withOverride && why.length < overrideMin)
      return setReasonError(t("share.reasonTooShort", { count: overrideMin }));
    setReasonError(null);
    grant.mutate(
      {
        agreementId: chosen.id,
        toOrganizationId: recipient,
        ...(choice.until ? { expiresAt: endOfDay(choice.until) } : {}),
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
            choice.setNeedsOverride(true);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    share(needsOverride);
  }

  const consentUse = needsOverride ? chosen?.terms.consentRequired : null;
  return (
    <ShareFormFrame
      agreements={agreements}
      choice={choice}
      ownerName={record.ownerName}
      onSubmit={handleSubmit}
    >
      <ShareChoiceFields
        choice={choice}
        onAgreementChange={() => grant.reset()}
        onRecipientChange={() => grant.reset()}
        terms={(agreement) => <AgreementTerms agreement={agreement} />}
      />
      {chooseError && (
        <Text size="sm" c="red" role="alert">
          {chooseError}
        </Text>
      )}
      {consentUse ? (
        <Stack gap="sm">
          <OverrideFields choice={choice} consentUse={consentUse} reasonError={reasonError} />
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
    </ShareFormFrame>
  );
}
