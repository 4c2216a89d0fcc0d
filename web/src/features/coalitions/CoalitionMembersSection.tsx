import { Badge, Group, Stack, Text } from "@mantine/core";
import { IconEyeOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Coalition, CoalitionMember } from "../../../../shared/coalitions.ts";
import { isInsideMembership } from "../../../../shared/policy/standing.ts";
import { AnchorLink } from "../../components/Links.tsx";
import classes from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { OrganizationName } from "./CharterView.tsx";
import { useTimeFormat } from "../../lib/time.ts";

const roleOrder = ["convener", "co_lead", "member", "observer"] as const;

export function RoleBadge({ role }: { role: CoalitionMember["role"] }) {
  const { t } = useTranslation("coalitions");
  return (
    <Badge
      variant={role === "convener" || role === "co_lead" ? "light" : "outline"}
      color={role === "convener" || role === "co_lead" ? "teal" : "gray.7"}
      tt="none"
      radius="sm"
    >
      {t(`role.${role}`)}
    </Badge>
  );
}

/**
 * Who is in the coalition, as the API lets this reader see it: organisations that chose not
 * to be named are counted, never named.
 */
export function CoalitionMembersSection({ coalition }: { coalition: Coalition }) {
  const { t } = useTranslation("coalitions");
  const format = useTimeFormat();
  const members = coalition.members;
  const can = coalition.permissions;
  const present = (members ?? [])
    .filter(isInsideMembership)
    .sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
  const named = present.filter((m) => m.organizationId && m.name);
  const unnamed = present.length - named.length;
  const pending = (members ?? []).filter((m) => m.status === "invited" || m.status === "applied");

  return (
    <PageSection
      title={t("home.membersTitle", {
        count: coalition.memberCount,
        n: format.number(coalition.memberCount),
      })}
      action={
        can.readInside ? (
          <AnchorLink to="/coalitions/$id/members" params={{ id: coalition.id }} fw={600}>
            {can.invite ? t("home.manageMembers") : t("home.membersPage")}
          </AnchorLink>
        ) : undefined
      }
    >
      {members === null ? (
        <Text size="sm">{t("home.membersHidden")}</Text>
      ) : (
        <>
          <Stack component="ul" gap={6} className={classes.list}>
            {named.map((m) => (
              <Group component="li" key={m.organizationId} gap="xs" wrap="wrap">
                <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
                  <OrganizationName id={m.organizationId ?? ""} known={m.name} />
                </Text>
                <RoleBadge role={m.role} />
                {m.status === "suspended" && (
                  <Badge color="red" variant="light" tt="none" radius="sm">
                    {t("status.suspended")}
                  </Badge>
                )}
                {can.readInside && !m.namedPublicly && (
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
            ))}
          </Stack>
          {unnamed > 0 && (
            <Text size="sm" c="dimmed">
              {t("members.unnamed", { count: unnamed, n: format.number(unnamed) })}
            </Text>
          )}
          {can.invite && pending.length > 0 && (
            <Text size="sm">
              {(["invited", "applied"] as const)
                .map((status) => {
                  const count = pending.filter((m) => m.status === status).length;
                  return count
                    ? t(`home.pending.${status}`, { count, n: format.number(count) })
                    : "";
                })
                .filter(Boolean)
                .join(" · ")}
            </Text>
          )}
        </>
      )}
    </PageSection>
  );
}
