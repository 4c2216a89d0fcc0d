import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconLock, IconLockOpen, IconStar, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Team, TeamMember } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { useTermLabel } from "../../lib/hooks.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { isolate } from "../../lib/bidi.ts";
import type { TeamChoice } from "./discovery-data.ts";
import { inSentence, listOf, placeLabel } from "./explain.ts";
import { InviteTeam } from "./InviteTeam.tsx";

type Coverage = Team["covered"];
/** A dark orange for weak coverage: over 4.5:1 on white, unlike Mantine's orange.9. */
const weakColour = "#9a3d00";

function useCoverageText() {
  const { i18n } = useTranslation("discovery");
  const label = useTermLabel();
  return (coverage: Coverage) =>
    listOf(
      [
        ...coverage.capacities.map((k) => inSentence(label("capacity", k), i18n.language)),
        ...coverage.places.map((k) => isolate(placeLabel(label, k))),
      ],
      i18n.language,
    );
}

const isEmpty = (c: Coverage) => !c.capacities.length && !c.places.length;

function MemberCard({
  member,
  onLock,
  onRemove,
  busy,
}: {
  member: TeamMember;
  onLock: () => void;
  onRemove: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation("discovery");
  const coverageText = useCoverageText();
  const org = member.organization;
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="sm" wrap="wrap" align="flex-start">
          <Stack gap={4} style={{ minWidth: 0, flex: "1 1 14rem" }}>
            <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
              <AnchorLink to="/organizations/$id" params={{ id: org.id }} inherit dir="auto">
                {org.name}
              </AnchorLink>
            </Title>
            <Group gap={6}>
              {member.localLeader && (
                <Badge
                  color="grape.9"
                  variant="outline"
                  tt="none"
                  radius="sm"
                  leftSection={<IconStar size={12} aria-hidden />}
                >
                  {t("team.localLeader")}
                </Badge>
              )}
              {member.fit !== "strong" && (
                <Badge color={weakColour} variant="outline" tt="none" radius="sm">
                  {t("team.weakFit")}
                </Badge>
              )}
              {member.locked && (
                <Badge
                  color="indigo"
                  variant="light"
                  tt="none"
                  radius="sm"
                  leftSection={<IconLock size={12} aria-hidden />}
                >
                  {t("team.kept")}
                </Badge>
              )}
            </Group>
          </Stack>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="outline"
              disabled={busy}
              leftSection={
                member.locked ? (
                  <IconLockOpen size={14} aria-hidden />
                ) : (
                  <IconLock size={14} aria-hidden />
                )
              }
              onClick={onLock}
              aria-label={t(member.locked ? "team.unlockNamed" : "team.lockNamed", {
                name: org.name,
              })}
            >
              {member.locked ? t("team.unlock") : t("team.lock")}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              disabled={busy}
              leftSection={<IconX size={14} aria-hidden />}
              onClick={onRemove}
              aria-label={t("team.removeNamed", { name: org.name })}
            >
              {t("team.remove")}
            </Button>
          </Group>
        </Group>
        <Text size="sm">
          {isEmpty(member.brings)
            ? t("team.bringsNothing")
            : t("team.brings", { list: coverageText(member.brings) })}
        </Text>
        {!isEmpty(member.onlyOne) && (
          <Text size="sm" c="gray.7">
            {t("team.onlyOne", { list: coverageText(member.onlyOne) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The smallest team covering the need: what each member brings and alone covers, what the
 * requester already has, what nobody covers, and the frames present. Members can be kept or
 * removed and the team rebuilt; then the whole team can be invited into a coalition.
 */
export function TeamSection({
  team,
  error,
  busy,
  choice,
  onChoice,
}: {
  team: Team | undefined;
  error: unknown;
  busy: boolean;
  choice: TeamChoice;
  onChoice: (choice: TeamChoice) => void;
}) {
  const { t, i18n } = useTranslation("discovery");
  const label = useTermLabel();
  const coverageText = useCoverageText();
  if (error) return <FormError error={error} />;
  if (!team) return null;

  function toggleLock(id: string) {
    onChoice({
      ...choice,
      locked: choice.locked.includes(id)
        ? choice.locked.filter((x) => x !== id)
        : [...choice.locked, id],
    });
  }
  function remove(id: string) {
    onChoice({
      locked: choice.locked.filter((x) => x !== id),
      excluded: [...choice.excluded, id],
    });
  }

  return (
    <Stack gap="sm" aria-busy={busy}>
      {team.members.length === 0 ? (
        <Alert color="gray">{t("team.empty")}</Alert>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {team.members.map((member) => (
            <MemberCard
              key={member.organization.id}
              member={member}
              busy={busy}
              onLock={() => toggleLock(member.organization.id)}
              onRemove={() => remove(member.organization.id)}
            />
          ))}
        </Stack>
      )}
      <Stack gap={4} aria-live="polite">
        {!isEmpty(team.alreadyCovered) && (
          <Text size="sm">
            {t("team.alreadyCovered", { list: coverageText(team.alreadyCovered) })}
          </Text>
        )}
        {team.members
          .filter((m) => m.fit !== "strong")
          .map((m) => {
            const weak = {
              capacities: m.brings.capacities.filter((k) => team.weak.capacities.includes(k)),
              places: m.brings.places.filter((k) => team.weak.places.includes(k)),
            };
            return isEmpty(weak) ? null : (
              <Text key={m.organization.id} size="sm" c={weakColour} fw={600}>
                {t("team.weakBy", {
                  name: isolate(m.organization.name),
                  list: coverageText(weak),
                })}
              </Text>
            );
          })}
        {isEmpty(team.uncovered) ? (
          <Text size="sm" c="teal.9" fw={600}>
            {isEmpty(team.weak) ? t("team.allCovered") : t("team.allCoveredWeakly")}
          </Text>
        ) : (
          <Text size="sm" c="red.9" fw={600}>
            {t("team.uncovered", { list: coverageText(team.uncovered) })}
          </Text>
        )}
        {team.frames.length > 0 && (
          <Text size="sm">
            {t("team.frames", {
              count: team.frames.length,
              list: listOf(
                team.frames.map((f) => isolate(label("org_type", f))),
                i18n.language,
              ),
            })}
          </Text>
        )}
      </Stack>
      {(choice.excluded.length > 0 || choice.locked.length > 0) && (
        <Group gap="sm">
          {choice.excluded.length > 0 && (
            <Text size="sm" c="gray.7">
              {t("team.removedCount", { count: choice.excluded.length })}
            </Text>
          )}
          <Button
            size="compact-sm"
            variant="default"
            disabled={busy}
            onClick={() => onChoice({ locked: [], excluded: [] })}
          >
            {t("team.reset")}
          </Button>
        </Group>
      )}
      {team.members.length > 0 && <InviteTeam members={team.members} />}
    </Stack>
  );
}
