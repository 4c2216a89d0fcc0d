import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { violationTypes } from "../../../../shared/records/vocab.ts";
import type { GrantFilter } from "../../../../shared/records/terms.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { useTermLabel } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { type GrantView, useRevokeGrant } from "./agreements-data.ts";
import { RecordLink, shortened } from "./agreements-parts.tsx";
import { useRecordLabels } from "./record-labels.ts";

/** A saved filter in words: "Incidents, in Yemen, from 1 January 2026". */
export function useFilterWords() {
  const { t } = useTranslation("agreements");
  const labels = useRecordLabels();
  const termLabel = useTermLabel();
  const format = useTimeFormat();
  return (filter: GrantFilter) => {
    const parts = [
      filter.kind ? t("filter.ofKind", { kind: labels.kind(filter.kind) }) : t("filter.every"),
      ...(filter.country
        ? [t("filter.inCountry", { country: termLabel("country", filter.country) })]
        : []),
      ...(filter.violationType
        ? [
            t("filter.withViolation", {
              violation: labels.term(violationTypes, filter.violationType),
            }),
          ]
        : []),
      ...(filter.from ? [t("filter.from", { date: format.date(filter.from) })] : []),
      ...(filter.to ? [t("filter.to", { date: format.date(filter.to) })] : []),
    ];
    return parts.join(t("filter.separator"));
  };
}

const endColor = { live: "teal.9", ended: "gray.7" } as const;

/** Live, or ended and why: revoked, with the agreement, past retention, consent withdrawn… */
function GrantState({ grant }: { grant: GrantView }) {
  const { t } = useTranslation("agreements");
  const format = useTimeFormat();
  if (grant.live)
    return (
      <Badge color={endColor.live} variant="outline" tt="none">
        {t("grants.live")}
      </Badge>
    );
  const when = grant.endedAt ?? grant.expiresAt;
  const reason = grant.endReason ?? (grant.endedAt ? null : "expired");
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={endColor.ended} variant="outline" tt="none">
        {t("grants.ended")}
      </Badge>
      <Text size="sm" c="gray.7">
        {[
          reason ? t(`endReason.${reason}`, { defaultValue: reason }) : null,
          when ? t("grants.endedOn", { date: format.absolute(when) }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </Group>
  );
}

/** One grant: what it shares, under which agreement, with or from whom, since and until when. */
export function GrantCard({
  grant,
  direction,
  agreementTitle,
}: {
  grant: GrantView;
  direction: "given" | "received";
  agreementTitle: string | undefined;
}) {
  const { t } = useTranslation("agreements");
  const format = useTimeFormat();
  const describe = useFilterWords();
  const revoke = useRevokeGrant();
  const [confirming, setConfirming] = useState(false);
  const other = direction === "given" ? grant.toName : grant.fromName;
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Text size="sm" fw={700} style={{ overflowWrap: "anywhere" }}>
          {grant.recordId ? (
            <RecordLink id={grant.recordId}>
              {t("grants.record", { id: shortened(grant.recordId) })}
            </RecordLink>
          ) : (
            t("grants.filter", { filter: describe(grant.filter ?? {}) })
          )}
        </Text>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {direction === "given"
            ? t("grants.to", { name: other })
            : t("grants.from", { name: other })}
        </Text>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t("grants.under")}{" "}
          <AnchorLink to="/agreements/$id" params={{ id: grant.agreementId }} dir="auto">
            {agreementTitle ?? t("grants.anAgreement")}
          </AnchorLink>{" "}
          {t("grants.underVersion", { n: grant.agreementVersion })}
        </Text>
        <Text size="sm" c="gray.7">
          {t("grants.since", { date: format.absolute(grant.grantedAt) })}
          {" · "}
          {grant.expiresAt
            ? t("grants.until", { date: format.absolute(grant.expiresAt) })
            : t("grants.untilRetention")}
        </Text>
        {grant.parentGrantId && (
          <Text size="sm" c="gray.7">
            {t("grants.onward")}
          </Text>
        )}
        {grant.overrideReason && (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            <Text span fw={700} size="sm">
              {t("grants.override")}
            </Text>{" "}
            <Text span size="sm" dir="auto">
              {grant.overrideReason}
            </Text>
          </Text>
        )}
        <Group justify="space-between" gap="xs" wrap="wrap">
          <GrantState grant={grant} />
          {direction === "given" && grant.live && (
            <Button
              size="compact-sm"
              variant="outline"
              color="red"
              onClick={() => {
                revoke.reset();
                setConfirming(true);
              }}
            >
              {t("grants.revoke")}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t("grants.revokeTitle")}
        confirmLabel={t("grants.revokeConfirm")}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          revoke.mutate(grant.id, {
            onSuccess: () => {
              setConfirming(false);
              notify({ color: "teal", message: t("grants.revoked") });
            },
          })
        }
        pending={revoke.isPending}
        error={revoke.error}
        refusals={{ conflict: t("grants.revokeConflict"), forbidden: t("grants.revokeForbidden") }}
      >
        {t("grants.revokeExplain", { name: other })}
      </ConfirmModal>
    </Paper>
  );
}
