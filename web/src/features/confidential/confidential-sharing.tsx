import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconLock } from "@tabler/icons-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView, GrantView } from "../../../../shared/records/agreements-api.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { ApiError } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useAgreements } from "../records/record-data.ts";
import { useRecordLabels } from "../records/record-labels.ts";
import { PathButton, PathLink } from "../records/record-view-links.tsx";
import {
  useConfidentialGrants,
  useRevokeConfidentialGrant,
  useShareConfidential,
} from "./confidential-data.ts";
import type { OpenedRecord } from "./confidential-open.ts";
import { KeyChanges } from "./confidential-parts.tsx";
import { type KeyChange, KeyChangeRefused, type KeySession } from "./key-session.ts";
import { shareContentFor, shareRefusal, statementFor } from "./share-view.ts";

const overrideMin = 10;
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();
const tomorrow = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const isKeyChange = (error: unknown): error is KeyChangeRefused =>
  error instanceof KeyChangeRefused ||
  (error instanceof Error && error.name === "KeyChangeRefused");

function GrantCard({
  grant,
  title,
  onRevoke,
}: {
  grant: GrantView;
  title: string | undefined;
  onRevoke: (grant: GrantView) => void;
}) {
  const { t } = useTranslation("record");
  const time = useTimeFormat();
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h5" dir="auto" style={{ overflowWrap: "anywhere" }}>
            {grant.toName}
          </Title>
          <Badge variant="light" color={grant.live ? "teal" : "gray"} tt="none" radius="sm">
            {grant.live
              ? t("grants.live")
              : grant.endedAt
                ? t("grants.ended")
                : t("grants.expired")}
          </Badge>
        </Group>
        <Text size="sm">
          {t("grants.under")}{" "}
          <PathLink href={`/agreements/${grant.agreementId}`} size="sm" dir="auto">
            {title ?? t("grants.agreement")}
          </PathLink>{" "}
          {t("grants.version", { version: grant.agreementVersion })}
        </Text>
        <Text size="xs" c="gray">
          {t("grants.since", { date: time.absolute(grant.grantedAt) })}
          {grant.expiresAt
            ? ` · ${t("grants.until", { date: time.absolute(grant.expiresAt) })}`
            : grant.live && ` · ${t("grants.untilRevoked")}`}
        </Text>
        {grant.live && (
          <Group>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => onRevoke(grant)}
              aria-label={t("grants.revokeNamed", { name: grant.toName })}
            >
              {t("grants.revoke")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

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
  const labels = useRecordLabels();
  const agreements = useAgreements(true);
  const share = useShareConfidential(record.id);
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
  const [problem, setProblem] = useState<string | null>(null);
  const [change, setChange] = useState<KeyChange | null>(null);
  const [sealing, setSealing] = useState(false);

  const chosen = inForce.find((a) => a.id === agreementId);
  const recipients = chosen?.parties.filter((p) => p.organizationId !== owner) ?? [];
  const recipient = recipients.length === 1 ? recipients[0]!.organizationId : toId;
  const refusal = chosen ? shareRefusal(record, chosen.terms) : null;

  function reset() {
    setAgreementId("");
    setToId("");
    setUntil("");
    setNeedsOverride(false);
    setReason("");
    setProblem(null);
    setChange(null);
    share.reset();
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !recipient) return setProblem(tr("share.chooseFirst"));
    if (refusal) return setProblem(t(`share.${refusal}`));
    const why = reason.trim();
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
      const expiresAt = until ? endOfDay(until) : null;
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
          setNeedsOverride(true);
      } else setProblem(t("share.sealFailed"));
    } finally {
      setSealing(false);
    }
  }

  if (agreements.isError) return <FormError error={agreements.error} />;
  if (agreements.isPending) return null;
  if (inForce.length === 0)
    return (
      <Stack gap="xs">
        <Title order={3} size="h5">
          {tr("share.title")}
        </Title>
        <Text size="sm">{tr("share.noAgreement", { owner: record.ownerName })}</Text>
        <Group>
          <PathButton href="/agreements/new" variant="default">
            {tr("share.propose")}
          </PathButton>
        </Group>
      </Stack>
    );

  return (
    <form onSubmit={(e) => void handleSubmit(e)} aria-labelledby={headingId} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {tr("share.title")}
        </Title>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="gray.7">
            {t("share.sealedNote")}
          </Text>
        </Group>
        <NativeSelect
          label={tr("share.agreement")}
          value={agreementId}
          onChange={(e) => {
            setAgreementId(e.currentTarget.value);
            setToId("");
            setNeedsOverride(false);
            setProblem(null);
            share.reset();
          }}
          data={[
            { value: "", label: tr("share.chooseAgreement") },
            ...inForce.map((a) => ({
              value: a.id,
              label: tr("share.agreementOption", { title: a.terms.title, version: a.version }),
            })),
          ]}
          maw={520}
          required
        />
        {chosen && (
          <>
            <NativeSelect
              label={tr("share.recipient")}
              value={recipient}
              onChange={(e) => {
                setToId(e.currentTarget.value);
                setChange(null);
                share.reset();
              }}
              data={[
                ...(recipients.length > 1
                  ? [{ value: "", label: tr("share.chooseRecipient") }]
                  : []),
                ...recipients.map((p) => ({ value: p.organizationId, label: p.name })),
              ]}
              maw={520}
              required
            />
            <WhatIsShared record={record} agreement={chosen} />
            {refusal && (
              <Alert color="orange" variant="light" role="alert">
                {t(`share.${refusal}`)}
              </Alert>
            )}
          </>
        )}
        <TextInput
          type="date"
          label={tr("share.until")}
          description={tr("share.untilHint")}
          value={until}
          min={tomorrow()}
          onChange={(e) => setUntil(e.currentTarget.value)}
          maw={240}
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
        {needsOverride && chosen?.terms.consentRequired && (
          <Stack gap="sm">
            <Alert
              color="orange"
              variant="light"
              role="alert"
              icon={<IconAlertTriangle size={20} aria-hidden />}
              title={tr("share.consentMissingTitle")}
              styles={{ title: { color: "var(--mantine-color-text)" } }}
            >
              <Stack gap={6}>
                <Text size="sm">
                  {tr("share.consentMissing", {
                    use: labels.consentUse(chosen.terms.consentRequired),
                  })}
                </Text>
                <Text size="sm" fw={600}>
                  {tr("share.overrideWarning")}
                </Text>
              </Stack>
            </Alert>
            <Textarea
              label={tr("share.reason")}
              description={tr("share.reasonHint", { count: overrideMin })}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              minRows={3}
              autosize
              maxLength={2000}
              required
              dir="auto"
            />
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
      </Stack>
    </form>
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
  const { t } = useTranslation("record");
  const { t: tc } = useTranslation("confidential");
  const grants = useConfidentialGrants(record.id, true);
  const agreements = useAgreements(true);
  const revoke = useRevokeConfidentialGrant(record.id);
  const [revoking, setRevoking] = useState<GrantView | null>(null);
  const titles = new Map((agreements.data?.items ?? []).map((a) => [a.id, a.terms.title]));
  const items = [...(grants.data?.items ?? [])].sort(
    (a, b) => Number(b.live) - Number(a.live) || (a.grantedAt < b.grantedAt ? 1 : -1),
  );
  const close = () => {
    setRevoking(null);
    revoke.reset();
  };
  return (
    <PageSection title={t("grants.title")} description={tc("share.intro")}>
      {grants.isError ? (
        <FormError error={grants.error} />
      ) : grants.isPending ? (
        <Text size="sm" c="gray">
          {t("grants.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="gray">
          {t("grants.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
          {items.map((grant) => (
            <GrantCard
              key={grant.id}
              grant={grant}
              title={titles.get(grant.agreementId)}
              onRevoke={setRevoking}
            />
          ))}
        </Stack>
      )}
      <ShareForm record={record} session={session} />
      <ConfirmModal
        opened={revoking !== null}
        title={t("grants.revokeTitle")}
        confirmLabel={t("grants.revokeConfirm")}
        onClose={close}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: (ended) => {
              notify({ color: "teal", message: t("grants.revoked", { name: ended.toName }) });
              close();
            },
          })
        }
        pending={revoke.isPending}
        error={revoke.error}
        refusals={{ conflict: t("grants.alreadyEnded"), forbidden: t("grants.revokeForbidden") }}
      >
        {revoking
          ? `${t("grants.revokeBody", { name: revoking.toName })} ${tc("share.revokeLimit")}`
          : ""}
      </ConfirmModal>
    </PageSection>
  );
}
