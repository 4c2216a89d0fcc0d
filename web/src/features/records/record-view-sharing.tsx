import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView, GrantView } from "../../../../shared/records/agreements-api.ts";
import type { RecordView } from "../../../../shared/records/api.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useAgreements, useRecordGrants, useRevokeGrant } from "./record-data.ts";
import { PathLink } from "./record-view-links.tsx";
import { ShareForm } from "./record-view-share-form.tsx";

const endReasons = ["revoked", "consent_withdrawn", "agreement_ended", "retention"] as const;

/** A grant that is not live ended by a step (with its reason), or ran past its expiry. */
function GrantStatus({ grant }: { grant: GrantView }) {
  const { t } = useTranslation("record");
  const label = grant.live
    ? t("grants.live")
    : grant.endedAt
      ? t("grants.ended")
      : t("grants.expired");
  return (
    <Badge variant="light" color={grant.live ? "teal" : "gray"} tt="none" radius="sm">
      {label}
    </Badge>
  );
}

function GrantCard({
  grant,
  agreement,
  ownerId,
  details,
  onRevoke,
}: {
  grant: GrantView;
  agreement: AgreementView | undefined;
  ownerId: string;
  /** How an ended grant ended, and the reason one was made without consent. */
  details: boolean;
  onRevoke: (grant: GrantView) => void;
}) {
  const { t } = useTranslation("record");
  const time = useTimeFormat();
  const reason = grant.endReason ?? "";
  const knownReason = (endReasons as readonly string[]).includes(reason);
  // The owner's managers revoke what their organisation granted; a grant a partner shared
  // onward ends with the owner's grant it came from.
  const revocable = grant.live && grant.fromOrganizationId === ownerId;
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h5" dir="auto" style={{ overflowWrap: "anywhere" }}>
            {grant.toName}
          </Title>
          <GrantStatus grant={grant} />
        </Group>
        <Text size="sm">
          {t("grants.under")}{" "}
          <PathLink href={`/agreements/${grant.agreementId}`} size="sm" dir="auto">
            {agreement?.terms.title ?? t("grants.agreement")}
          </PathLink>{" "}
          {t("grants.version", { version: grant.agreementVersion })}
        </Text>
        {grant.fromOrganizationId !== ownerId && (
          <Text size="sm">{t("grants.onwardBy", { name: grant.fromName })}</Text>
        )}
        <Text size="xs" c="gray">
          {t("grants.since", { date: time.absolute(grant.grantedAt) })}
          {grant.expiresAt
            ? ` · ${t("grants.until", { date: time.absolute(grant.expiresAt) })}`
            : grant.live && ` · ${t("grants.untilRevoked")}`}
        </Text>
        {details && grant.endedAt && (
          <Text size="xs" c="gray">
            {t("grants.endedOn", {
              date: time.absolute(grant.endedAt),
              reason: knownReason
                ? t(`grants.reason.${reason}`)
                : reason || t("grants.reason.unknown"),
            })}
          </Text>
        )}
        {details && grant.overrideReason && (
          <Alert
            color="orange"
            variant="light"
            p="xs"
            title={t("grants.overrideTitle")}
            styles={{ title: { color: "var(--mantine-color-text)" } }}
          >
            <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
              {grant.overrideReason}
            </Text>
          </Alert>
        )}
        {revocable && (
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

type GrantsQuery = {
  isError: boolean;
  error: unknown;
  isPending: boolean;
  data?: { items: GrantView[] };
};
type RevokeMutation = {
  mutate: (grantId: string, options: { onSuccess: (ended: GrantView) => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
};

/**
 * A record's grants to partners, live first, each with what it was shared under and its
 * revocation; the share form (`children`) below them. Readable and confidential records alike.
 */
export function GrantsSection({
  ownerId,
  grants,
  agreements,
  revoke,
  description,
  revokeNote,
  details = true,
  children,
}: {
  ownerId: string;
  grants: GrantsQuery;
  agreements: ReturnType<typeof useAgreements>;
  revoke: RevokeMutation;
  description: string;
  /** Said after the confirmation's question, about what a revocation cannot undo. */
  revokeNote?: string;
  details?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation("record");
  const [revoking, setRevoking] = useState<GrantView | null>(null);
  const byId = new Map((agreements.data?.items ?? []).map((a) => [a.id, a]));
  const items = [...(grants.data?.items ?? [])].sort(
    (a, b) => Number(b.live) - Number(a.live) || (a.grantedAt < b.grantedAt ? 1 : -1),
  );

  function closeRevoke() {
    setRevoking(null);
    revoke.reset();
  }

  return (
    <PageSection title={t("grants.title")} description={description}>
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
              agreement={byId.get(grant.agreementId)}
              ownerId={ownerId}
              details={details}
              onRevoke={setRevoking}
            />
          ))}
        </Stack>
      )}
      {children}
      <ConfirmModal
        opened={revoking !== null}
        title={t("grants.revokeTitle")}
        confirmLabel={t("grants.revokeConfirm")}
        onClose={closeRevoke}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: (ended) => {
              notify({ color: "teal", message: t("grants.revoked", { name: ended.toName }) });
              closeRevoke();
            },
          })
        }
        pending={revoke.isPending}
        error={revoke.error}
        refusals={{ conflict: t("grants.alreadyEnded"), forbidden: t("grants.revokeForbidden") }}
      >
        {revoking
          ? [t("grants.revokeBody", { name: revoking.toName }), revokeNote]
              .filter(Boolean)
              .join(" ")
          : ""}
      </ConfirmModal>
    </PageSection>
  );
}

/**
 * The record's grants and a form to share it with a party to an agreement in force. For the
 * owner's owners and admins.
 */
export function RecordSharing({ record }: { record: RecordView }) {
  const { t } = useTranslation("record");
  const grants = useRecordGrants(record.id, true);
  const agreements = useAgreements(true);
  const revoke = useRevokeGrant(record);
  return (
    <GrantsSection
      ownerId={record.ownerOrganizationId}
      grants={grants}
      agreements={agreements}
      revoke={revoke}
      description={t("grants.intro")}
    >
      <ShareForm record={record} agreements={agreements} />
    </GrantsSection>
  );
}
