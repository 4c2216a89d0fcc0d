import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Invitation } from "../../../../shared/organizations.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";

const statusColors: Record<Invitation["status"], string> = {
  pending: "blue",
  accepted: "teal",
  revoked: "gray",
  expired: "orange",
};
const listStyle = { listStyle: "none", margin: 0, paddingInlineStart: 0 };

/** Open invitations, newest first, with a way to withdraw them; past ones on request. */
export function InvitationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation("edit");
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [showPast, setShowPast] = useState(false);
  const invitations = useQuery({
    queryKey: ["organization", organizationId, "invitations"],
    queryFn: () =>
      api.GET("/api/v1/organizations/{id}/invitations", {
        params: { path: { id: organizationId } },
      }),
  });
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) =>
      api.DELETE("/api/v1/organizations/{id}/invitations/{invitationId}", {
        params: { path: { id: organizationId, invitationId: invitation.id } },
      }),
    onSuccess: (_data, invitation) => {
      setRevoking(null);
      notify({
        message: t("invitations.revoked", { email: isolate(invitation.email) }),
      });
      return queryClient.invalidateQueries({ queryKey: ["organization", organizationId] });
    },
  });

  if (invitations.error) return <FormError error={invitations.error} />;
  if (invitations.isPending) return null;
  const newestFirst = [...invitations.data.items].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const open = newestFirst.filter((i) => i.status === "pending");
  // Accepted, revoked and expired invitations are history: kept out of the way until asked for.
  const past = newestFirst.filter((i) => i.status !== "pending");
  const handleRevoke = (invitation: Invitation) => {
    revoke.reset();
    setRevoking(invitation);
  };
  const list = (items: Invitation[]) => (
    <Stack component="ul" gap="xs" style={listStyle}>
      {items.map((invitation) => (
        <InvitationRow key={invitation.id} invitation={invitation} onRevoke={handleRevoke} />
      ))}
    </Stack>
  );

  return (
    <>
      {open.length > 0 ? (
        list(open)
      ) : (
        <Text size="sm" c="dimmed">
          {t("invitations.none")}
        </Text>
      )}
      {past.length > 0 && (
        <>
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              aria-expanded={showPast}
              onClick={() => setShowPast((shown) => !shown)}
            >
              {showPast
                ? t("invitations.hidePast")
                : t("invitations.showPast", { count: past.length })}
            </Button>
          </Group>
          {showPast && list(past)}
        </>
      )}
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("invitations.revokeTitle")}
        confirmLabel={t("invitations.revoke")}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        pending={revoke.isPending}
        error={revoke.error}
        refusals={{ conflict: t("refusals.invitationClosed") }}
      >
        {t("invitations.revokeBody", { email: isolate(revoking?.email ?? "") })}
      </ConfirmModal>
    </>
  );
}

function InvitationRow({
  invitation,
  onRevoke,
}: {
  invitation: Invitation;
  onRevoke: (invitation: Invitation) => void;
}) {
  const { t } = useTranslation("edit");
  const format = useFormatters();
  const pending = invitation.status === "pending";
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 14rem" }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            <bdi>{invitation.email}</bdi>
          </Text>
          <Group gap="xs">
            <Badge variant="outline" size="sm">
              {t(`roles.${invitation.role}`)}
            </Badge>
            <Badge color={statusColors[invitation.status]} variant="dot" size="sm">
              {t(`invitations.status.${invitation.status}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {pending
              ? t("invitations.details", {
                  inviter: isolate(invitation.invitedBy),
                  date: format.date(invitation.expiresAt),
                })
              : t("invitations.pastDetails", {
                  inviter: isolate(invitation.invitedBy),
                  date: format.date(invitation.createdAt),
                })}
          </Text>
        </Stack>
        {pending && (
          <Button
            variant="subtle"
            color="red"
            size="sm"
            aria-label={t("invitations.revokeFor", { email: invitation.email })}
            onClick={() => onRevoke(invitation)}
          >
            {t("invitations.revoke")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
