import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView } from "../../../../shared/records/agreements-api.ts";
import { FormError } from "../../components/FormError.tsx";
import { ApiError } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { useAgreements } from "../records/record-data.ts";
import { useRecordLabels } from "../records/record-labels.ts";
import {
  OverrideFields,
  ShareChoiceFields,
  ShareFormFrame,
  endOfDay,
  overrideMin,
  useShareChoice,
} from "../records/record-share-parts.tsx";
import { GrantsSection } from "../records/record-view-sharing.tsx";
import {
  useConfidentialGrants,
  useRevokeConfidentialGrant,
  useShareConfidential,
} from "./confidential-data.ts";
import type { OpenedRecord } from "./confidential-open.ts";
import { KeyChanges } from "./confidential-parts.tsx";
import { type KeyChange, KeyChangeRefused, type KeySession } from "./key-session.ts";
import { shareContentFor, shareRefusal, statementFor } from "./share-view.ts";

const isKeyChange = (error: unknown): error is KeyChangeRefused =>
  error instanceof KeyChangeRefused ||
  (error instanceof Error && error.name === "KeyChangeRefused");

/** What the chosen agreement lets through of this record, before anything is sealed. */
function WhatIsShared({ record, agreement }: { record: OpenedRecord; agreement: AgreementView }) {
  const { t } = useTranslation("confidential");
  const labels = useRecordLabels();
  const format = useFormatters();
  const allowed = new Set(agreement.terms.fields);
  const fields = Object.keys(record.fields).filter((key) => allowed.has(key));
  const evidence = agreement.terms.dataCategories.includes("evidence");
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {fields.length
          ? t("share.fields", { fields: format.list(fields.map(labels.field)) })
          : t("share.noFields")}
      </List.Item>
      <List.Item>
        {record.files.length === 0
          ? t("share.noFiles")
          : evidence
            ? t("share.files", { count: record.files.length })
            : t("share.filesNotCovered")}
      </List.Item>
      <List.Item>
        {agreement.terms.consentRequired
          ? t("share.consent", { use: labels.consentUse(agreement.terms.consentRequired) })
          : t("share.noConsent")}
      </List.Item>
    </List>
  );
}

/**
 * Shares the record under an agreement in force: the recipient's current key is checked
 * against the one this browser remembers (a changed key is refused, with the keys feature's
 * alert), only the agreed fields are sealed to it, and the owner's identity signs a statement
 * saying exactly what the grant says.
 */
function ShareForm({ record, session }: { record: OpenedRecord; session: KeySession }) {
  const { t } = useTranslation("confidential");
  const { t: tr } = useTranslation("record");
  const agreements = useAgreements(true);
  const share = useShareConfidential(record.id);
  const owner = record.ownerOrganizationId;
  const choice = useShareChoice(owner, agreements);
  const { chosen, recipient, recipients, needsOverride } = choice;
  const [problem, setProblem] = useState<string | null>(null);
  const [change, setChange] = useState<KeyChange | null>(null);
  const [sealing, setSealing] = useState(false);
  const refusal = chosen ? shareRefusal(record, chosen.terms) : null;

  function reset() {
    choice.clear();
    setProblem(null);
    setChange(null);
    share.reset();
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !recipient) return setProblem(tr("share.chooseFirst"));
    if (refusal) return setProblem(t(`share.${refusal}`));
    const why = choice.reason.trim();
    if (needsOverride && why.length < overrideMin)
      return setProblem(tr("share.reasonTooShort", { count: overrideMin }));
    setProblem(null);
    setChange(null);
    share.reset();
    setSealing(true);
    try {
      const crypto = await session.crypto();
      await crypto.loadSodium();
      const to = await session.recipientKey(recipient);
      const keyring = await session.keyringOf(owner);
      const expiresAt = choice.until ? endOfDay(choice.until) : null;
      const pkg = crypto.shareRecord({
        content: shareContentFor(record, record.files, chosen.terms, crypto.b64),
        statement: statementFor({
          recordId: record.id,
          ownerOrganizationId: owner,
          toOrganizationId: recipient,
          agreement: {
            id: chosen.id,
            version: chosen.version,
            purpose: chosen.terms.purpose,
            onwardRule: chosen.terms.onwardRule,
            onwardCoalitionId: chosen.terms.onwardCoalitionId,
          },
          expiresAt,
          recipientEpoch: to.epoch,
          issuedAt: new Date().toISOString(),
        }),
        recipientEpochPublic: to.publicKey,
        identitySecret: keyring.identitySecret,
      });
      const made = await share.mutateAsync({
        agreementId: chosen.id,
        toOrganizationId: recipient,
        ...(expiresAt ? { expiresAt } : {}),
        ...(needsOverride ? { overrideReason: why } : {}),
        sealedShare: {
          payload: pkg.payload,
          sealedKey: pkg.sealedKey,
          // The crypto's statement names the rule as text; it is the agreement's own.
          statement: { ...pkg.statement, onwardRule: chosen.terms.onwardRule },
          signature: pkg.signature,
        },
      });
      notify({ color: "teal", message: tr("share.done", { name: made.toName }) });
      reset();
    } catch (error) {
      if (isKeyChange(error)) setChange(error.change);
      else if (error instanceof ApiError) {
        // The one 409 an agreement in force gives the owner: the record lacks its consent.
        if (error.status === 409 && chosen.terms.consentRequired && !needsOverride)
          choice.setNeedsOverride(true);
      } else setProblem(t("share.sealFailed"));
    } finally {
      setSealing(false);
    }
  }

  const consentUse = needsOverride ? chosen?.terms.consentRequired : null;
  return (
    <ShareFormFrame
      agreements={agreements}
      choice={choice}
      ownerName={record.ownerName}
      onSubmit={(e) => void handleSubmit(e)}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm" c="gray.7">
          {t("share.sealedNote")}
        </Text>
      </Group>
      <ShareChoiceFields
        choice={choice}
        onAgreementChange={() => {
          setProblem(null);
          share.reset();
        }}
        onRecipientChange={() => {
          setChange(null);
          share.reset();
        }}
        terms={(agreement) => (
          <>
            <WhatIsShared record={record} agreement={agreement} />
            {refusal && (
              <Alert color="orange" variant="light" role="alert">
                {t(`share.${refusal}`)}
              </Alert>
            )}
          </>
        )}
      />
      {change && (
        <KeyChanges
          changes={[change]}
          names={Object.fromEntries(recipients.map((p) => [p.organizationId, p.name]))}
          onAccepted={() => setChange(null)}
        />
      )}
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
      {consentUse && (
        <Stack gap="sm">
          <OverrideFields choice={choice} consentUse={consentUse} />
        </Stack>
      )}
      <FormError error={needsOverride && !share.variables?.overrideReason ? null : share.error} />
      <Group gap="sm" wrap="wrap">
        <Button
          type="submit"
          loading={sealing}
          color={needsOverride ? "red" : undefined}
          disabled={!!refusal}
        >
          {needsOverride ? tr("share.override") : tr("share.submit")}
        </Button>
        {needsOverride && (
          <Button variant="default" onClick={reset}>
            {tr("share.cancel")}
          </Button>
        )}
      </Group>
    </ShareFormFrame>
  );
}

/** The record's grants with their revocation, and the form to share it under an agreement. */
export function ConfidentialSharing({
  record,
  session,
}: {
  record: OpenedRecord;
  session: KeySession;
}) {
  const { t } = useTranslation("confidential");
  const grants = useConfidentialGrants(record.id, true);
  const agreements = useAgreements(true);
  const revoke = useRevokeConfidentialGrant(record.id);
  return (
    <GrantsSection
      ownerId={record.ownerOrganizationId}
      grants={grants}
      agreements={agreements}
      revoke={revoke}
      description={t("share.intro")}
      revokeNote={t("share.revokeLimit")}
    >
      <ShareForm record={record} session={session} />
    </GrantsSection>
  );
}
