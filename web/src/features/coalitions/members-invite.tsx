import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Coalition, CoalitionRole } from "../../../../shared/coalitions.ts";
import { notify } from "../../lib/notify.ts";
import { isolate } from "../../lib/bidi.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { useInvite } from "./membership-actions.ts";
import { OrganizationPicker, type PickedOrganization } from "./OrganizationPicker.tsx";
import { NamedOutsideChoice, namedByDefault } from "./NamedOutsideChoice.tsx";

const invitableRoles = ["member", "co_lead", "observer"] as const satisfies Exclude<
  CoalitionRole,
  "convener"
>[];

/** The convener invites an organisation found in the directory; its owners or admins answer. */
export function InviteOrganizationForm({ coalition }: { coalition: Coalition }) {
  const { t } = useTranslation("coalitions");
  const invite = useInvite(coalition.id);
  const [picked, setPicked] = useState<PickedOrganization | null>(null);
  const [role, setRole] = useState<(typeof invitableRoles)[number]>("member");
  const [namedPublicly, setNamedPublicly] = useState(() => namedByDefault(coalition));
  const [tried, setTried] = useState(false);
  // A new key gives a fresh picker, search text included, after each invitation.
  const [round, setRound] = useState(0);
  // Organisations already inside or invited cannot be invited again.
  const taken = (coalition.members ?? [])
    .filter((m) => ["active", "suspended", "invited"].includes(m.status))
    .flatMap((m) => (m.organizationId ? [m.organizationId] : []));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!picked) return;
    invite.mutate(
      { organizationId: picked.id, role, namedPublicly },
      {
        onSuccess: () => {
          notify({ color: "teal", message: t("invite.sent", { name: isolate(picked.name) }) });
          setPicked(null);
          setTried(false);
          setRound((n) => n + 1);
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <div style={{ flex: "1 1 18rem" }}>
            <OrganizationPicker
              key={round}
              label={t("invite.organization")}
              description={t("invite.organizationHint")}
              value={picked?.id ?? null}
              onChange={setPicked}
              exclude={taken}
              required
              error={tried && !picked ? t("invite.pickOne") : undefined}
            />
          </div>
          <NativeSelect
            label={t("invite.role")}
            data={invitableRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={role}
            onChange={(event) =>
              setRole(event.currentTarget.value as (typeof invitableRoles)[number])
            }
            style={{ flex: "0 1 12rem" }}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t("invite.roleHint")}
        </Text>
        <NamedOutsideChoice
          name={picked?.name ?? ""}
          value={namedPublicly}
          onChange={setNamedPublicly}
        />
        <RefusalAlert
          error={invite.error}
          refusals={{
            conflict: t("refusals.alreadyInvited"),
            forbidden: t("refusals.notConvener"),
          }}
        />
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t("invite.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
