import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Coalition } from "../../../../shared/coalitions.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { useCharterVersions } from "../../lib/coalition-data.ts";
import { LevelBadge } from "../../components/CoalitionBadges.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { RuleList } from "./CharterView.tsx";
import { useTimeFormat } from "../../lib/time.ts";

/** The charter at a glance: purpose, level, rules, and the way to the full text and history. */
export function CoalitionCharterSection({ coalition }: { coalition: Coalition }) {
  const { t } = useTranslation("coalitions");
  const format = useTimeFormat();
  const versions = useCharterVersions(coalition.id);
  const current = versions.data?.items.find((v) => v.version === coalition.charterVersion);
  const { charter } = coalition;
  // The coalition's way along the spectrum: each level it moved to, oldest first.
  const path = (versions.data?.items ?? [])
    .slice()
    .sort((a, b) => a.version - b.version)
    .map((v) => v.collaborationLevel)
    .filter((level, i, all) => i === 0 || all[i - 1] !== level);
  return (
    <PageSection
      title={t("home.charterTitle")}
      description={
        current
          ? t("home.charterVersion", {
              version: format.number(coalition.charterVersion),
              date: format.absolute(current.createdAt),
            })
          : undefined
      }
    >
      <LocalizedTextView
        value={charter.purpose}
        ns="coalitions"
        withSwitcher
        switcherLabel={t("charter.languageOf", { field: t("charter.purpose") })}
      />
      {charter.goals && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t("charter.goals")}
          </Text>
          <LocalizedTextView value={charter.goals} ns="coalitions" lines={4} size="sm" />
        </Stack>
      )}
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t("charter.collaborationLevel")}
        </Text>
        <div>
          <LevelBadge level={charter.collaborationLevel} />
        </div>
        <Text size="sm">{t(`level.${charter.collaborationLevel}.explain`)}</Text>
        {path.length > 1 && (
          <Text size="sm" c="gray.7">
            {t("home.levelPath", {
              path: path
                .map((level) => t(`level.${level}.label`))
                .join(` ${t("home.levelArrow")} `),
            })}
          </Text>
        )}
      </Stack>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t("charter.decisionRules")}
        </Text>
        <RuleList rules={charter.decisionRules} />
      </Stack>
      <Group gap="md">
        <AnchorLink to="/coalitions/$id/charter" params={{ id: coalition.id }} fw={600}>
          {t("home.readCharter")}
        </AnchorLink>
        <AnchorLink
          to="/coalitions/$id/charter"
          params={{ id: coalition.id }}
          hash="versions"
          size="sm"
        >
          {t("home.charterHistory", { count: versions.data?.items.length ?? 1 })}
        </AnchorLink>
      </Group>
    </PageSection>
  );
}
