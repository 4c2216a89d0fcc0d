import { Badge, Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconEyeOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  CoalitionMember,
  CoalitionRole,
  MembershipAction,
} from "../../../../shared/coalitions.ts";
import { notify } from "../../lib/notify.ts";
import { isolate } from "../../lib/bidi.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import classes from "../../components/Cards.module.css";
import { OrganizationName } from "./CharterView.tsx";
import { RoleBadge } from "./CoalitionMembersSection.tsx";
import { goneStatuses, isInsideMembership } from "../../../../shared/policy/standing.ts";
import { decisionFor } from "../../../../shared/decisions/charter-rule.ts";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { useMemberPatch, useMembershipStep } from "./membership-actions.ts";
import { RemovalProposalModal } from "./members-removal.tsx";
import { useTimeFormat } from "../../lib/time.ts";

const roles = ["convener", "co_lead", "member", "observer"] as const satisfies CoalitionRole[];

type Pending = { member: CoalitionMember; action: MembershipAction };

function MemberRow({
  member,
  proposeRemoval,
  onStep,
  onRole,
  onProposeRemoval,
  busy,
}: {
  member: CoalitionMember;
  /** The reader may put this member's removal to the members. */
  proposeRemoval: boolean;
  onStep: (member: CoalitionMember, action: MembershipAction) => void;
  onRole: (member: CoalitionMember, role: CoalitionRole) => void;
  onProposeRemoval: (member: CoalitionMember) => void;
  busy: boolean;
}) {
  const { t } = useTranslation("coalitions");
  const format = useTimeFormat();
  const name = member.name ?? "";
  // Admitting and turning down applications belong to the list of applications.
  const steps = member.permissions.steps.filter(
    (action) => action !== "admit" && action !== "reject",
  );
  const editableRole = member.permissions.changeRole;
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: "1 1 14rem" }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {member.organizationId ? (
              <OrganizationName id={member.organizationId} known={member.name} />
            ) : (
              t("members.unnamedOne")
            )}
          </Text>
          <Group gap={6} wrap="wrap">
            {!editableRole && <RoleBadge role={member.role} />}
            {member.status !== "active" && (
              <Badge
                variant="light"
                color={member.status === "suspended" ? "red" : "gray"}
                tt="none"
                radius="sm"
              >
                {t(`status.${member.status}`)}
              </Badge>
            )}
            {!member.namedPublicly && (
              <Badge
                color="gray"
                variant="light"
                tt="none"
                radius="sm"
                leftSection={<IconEyeOff size={12} aria-hidden />}
              >
                {t("members.notNamedOutside")}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="gray.7">
            {t("members.since", { date: format.absolute(member.since) })}
          </Text>
        </Stack>
        {(editableRole || steps.length > 0 || proposeRemoval) && (
          <Group gap="xs" wrap="wrap">
            {editableRole && (
              <NativeSelect
                aria-label={t("members.roleFor", { name })}
                data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                value={member.role}
                disabled={busy}
                onChange={(event) => onRole(member, event.currentTarget.value as CoalitionRole)}
                size="sm"
                w={140}
              />
            )}
            {steps.map((action) => (
              <Button
                key={action}
                size="compact-sm"
                variant={action === "reinstate" ? "outline" : "subtle"}
                color={action === "reinstate" ? undefined : "red"}
                onClick={() => onStep(member, action)}
                aria-label={t(
                  `members.stepNamed.${member.status === "invited" ? "withdraw" : action}`,
                  { name },
                )}
              >
                {t(`members.step.${member.status === "invited" ? "withdraw" : action}`)}
              </Button>
            ))}
            {proposeRemoval && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => onProposeRemoval(member)}
                aria-label={t("removal.openNamed", { name })}
              >
                {t("removal.open")}
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Paper>
  );
}

/** Every organisation linked to the coalition; the convener changes roles and statuses. */
export function CoalitionMemberList({ access }: { access: CoalitionAccess }) {
  const { t } = useTranslation("coalitions");
  const { coalition } = access;
  // Where the charter puts removals to the members, anyone with a voice may propose one.
  const removalByProposal =
    access.proposeFor.length > 0 && decisionFor(coalition.charter, "removal").by !== "convener";
  const [removing, setRemoving] = useState<CoalitionMember | null>(null);
  const step = useMembershipStep(coalition.id);
  const patch = useMemberPatch(coalition.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const members = coalition.members ?? [];
  const groups = [
    { key: "current", items: members.filter(isInsideMembership) },
    { key: "invited", items: members.filter((m) => m.status === "invited") },
    { key: "former", items: members.filter((m) => goneStatuses.includes(m.status)) },
  ] as const;
  const refusals = { conflict: t("refusals.lastConvener"), forbidden: t("refusals.notConvener") };

  function handleRole(member: CoalitionMember, role: CoalitionRole) {
    if (!member.organizationId) return;
    patch.mutate(
      { organizationId: member.organizationId, role },
      {
        onSuccess: () =>
          notify({
            color: "teal",
            message: t("members.roleChanged", {
              name: isolate(member.name ?? ""),
              role: t(`roleInSentence.${role}`),
            }),
          }),
      },
    );
  }

  function confirm() {
    const organizationId = pending?.member.organizationId;
    if (!pending || !organizationId) return;
    const { member, action } = pending;
    const done = member.status === "invited" ? "withdraw" : action;
    step.mutate(
      { organizationId, action },
      {
        onSuccess: () => {
          setPending(null);
          notify({
            color: "teal",
            message: t(`members.done.${done}`, { name: isolate(member.name ?? "") }),
          });
        },
      },
    );
  }

  const verb = pending && (pending.member.status === "invited" ? "withdraw" : pending.action);
  return (
    <Stack gap="md">
      <RefusalAlert error={patch.error} refusals={refusals} />
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <Stack key={group.key} gap="xs">
              <Text fw={600} size="sm">
                {t(`members.group.${group.key}`, { count: group.items.length })}
              </Text>
              <Stack component="ul" gap="xs" className={classes.list}>
                {group.items.map((m) => (
                  <MemberRow
                    key={m.organizationId ?? m.since}
                    member={m}
                    proposeRemoval={
                      removalByProposal && !!m.organizationId && isInsideMembership(m)
                    }
                    onProposeRemoval={setRemoving}
                    busy={patch.isPending}
                    onRole={handleRole}
                    onStep={(member, action) => {
                      if (action === "reinstate") {
                        setPending(null);
                        step.mutate({ organizationId: member.organizationId ?? "", action });
                        return;
                      }
                      step.reset();
                      setPending({ member, action });
                    }}
                  />
                ))}
              </Stack>
            </Stack>
          ),
      )}
      {!pending && <RefusalAlert error={step.error} refusals={refusals} />}
      <ConfirmModal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={verb ? t(`members.confirm.${verb}.title`) : ""}
        confirmLabel={verb ? t(`members.step.${verb}`) : ""}
        onConfirm={confirm}
        pending={step.isPending}
        error={step.error}
        refusals={refusals}
      >
        {verb
          ? t(`members.confirm.${verb}.body`, { name: isolate(pending?.member.name ?? "") })
          : ""}
      </ConfirmModal>
      {removing && (
        <RemovalProposalModal access={access} member={removing} onClose={() => setRemoving(null)} />
      )}
    </Stack>
  );
}
