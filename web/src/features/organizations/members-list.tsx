import { Badge, Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OrgRole, type Member } from "../../../../shared/organizations.ts";
import { api } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";

type Props = {
  organizationId: string;
  organizationName: string;
  members: Member[];
  myId: string;
};

const listStyle = { listStyle: "none", margin: 0, paddingInlineStart: 0 };

/** Everyone in the organisation; owners and admins may change roles and remove people. */
export function MemberList({ organizationId, organizationName, members, myId }: Props) {
  const { t } = useTranslation("edit");
  const format = useFormatters();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState<Member | null>(null);
  const refusals = { conflict: t("refusals.lastOwner"), forbidden: t("refusals.ownerOnly") };

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: OrgRole }) =>
      api.PATCH("/api/v1/organizations/{id}/members/{userId}", {
        params: { path: { id: organizationId, userId: member.userId } },
        body: { role },
      }),
    onSuccess: (member) => {
      notify({
        color: "teal",
        message: t("members.roleChanged", {
          name: isolate(member.name),
          role: t(`roles.${member.role}`),
        }),
      });
      return queryClient.invalidateQueries({ queryKey: ["organization", organizationId] });
    },
  });
  const remove = useMutation({
    mutationFn: (member: Member) =>
      api.DELETE("/api/v1/organizations/{id}/members/{userId}", {
        params: { path: { id: organizationId, userId: member.userId } },
      }),
    onSuccess: async (_data, member) => {
      setLeaving(null);
      if (member.userId === myId) {
        notify({ message: t("members.left", { name: isolate(organizationName) }) });
        await navigate({ to: "/dashboard" });
        return queryClient.invalidateQueries();
      }
      notify({ message: t("members.removed", { name: isolate(member.name) }) });
      return queryClient.invalidateQueries({ queryKey: ["organization", organizationId] });
    },
  });

  function openConfirm(member: Member) {
    remove.reset();
    setLeaving(member);
  }

  const isMe = leaving?.userId === myId;
  return (
    <Stack gap="sm">
      <RefusalAlert error={changeRole.error} refusals={refusals} />
      <Stack component="ul" gap="xs" style={listStyle}>
        {members.map((member) => (
          <Paper component="li" key={member.userId} withBorder p="sm">
            <Group justify="space-between" align="center" gap="sm" wrap="wrap">
              <Stack gap={2} style={{ minWidth: 0, flex: "1 1 14rem" }}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {member.name}
                  {member.userId === myId && (
                    <Badge ms="xs" size="sm" variant="outline">
                      {t("members.you")}
                    </Badge>
                  )}
                </Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  <bdi>{member.email}</bdi>
                </Text>
                <Text size="xs" c="dimmed">
                  {t("members.joined", { date: format.date(member.joinedAt) })}
                </Text>
              </Stack>
              <Group gap="xs" wrap="wrap">
                {member.permissions.roles.length > 0 ? (
                  <NativeSelect
                    aria-label={t("members.roleFor", { name: member.name })}
                    data={member.permissions.roles.map((role) => ({
                      value: role,
                      label: t(`roles.${role}`),
                    }))}
                    value={member.role}
                    disabled={changeRole.isPending}
                    onChange={(event) =>
                      changeRole.mutate({
                        member,
                        role: OrgRole.parse(event.currentTarget.value),
                      })
                    }
                    size="sm"
                    w={140}
                  />
                ) : (
                  <Badge variant="outline">{t(`roles.${member.role}`)}</Badge>
                )}
                {member.userId === myId && member.permissions.remove ? (
                  <Button
                    variant="outline"
                    color="red"
                    size="sm"
                    onClick={() => openConfirm(member)}
                  >
                    {t("members.leave")}
                  </Button>
                ) : (
                  member.userId !== myId &&
                  member.permissions.remove && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="sm"
                      aria-label={t("members.removeNamed", { name: member.name })}
                      onClick={() => openConfirm(member)}
                    >
                      {t("members.remove")}
                    </Button>
                  )
                )}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ConfirmModal
        opened={leaving !== null}
        onClose={() => setLeaving(null)}
        title={isMe ? t("members.leaveTitle") : t("members.removeTitle")}
        confirmLabel={isMe ? t("members.leave") : t("members.remove")}
        onConfirm={() => leaving && remove.mutate(leaving)}
        pending={remove.isPending}
        error={remove.error}
        refusals={refusals}
      >
        {isMe
          ? t("members.leaveBody", { name: isolate(organizationName) })
          : t("members.removeBody", {
              name: isolate(leaving?.name ?? ""),
              organization: isolate(organizationName),
            })}
      </ConfirmModal>
    </Stack>
  );
}
