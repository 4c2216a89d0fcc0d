import { Anchor, Avatar, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconRosetteDiscountCheck } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { DirectoryEntry } from "../../../../shared/directory.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { TermBadges } from "../../components/TermBadges.tsx";
import { useTermLabel } from "../../lib/hooks.ts";
import classes from "../../components/Cards.module.css";

const shownCountries = 5;

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join("") || name.slice(0, 1);

export function ResultCard({ entry }: { entry: DirectoryEntry }) {
  const { t, i18n } = useTranslation("directory");
  const termLabel = useTermLabel();
  const list = new Intl.ListFormat(i18n.language, { style: "short", type: "unit" });
  const facts = [
    ...entry.types.map((key) => termLabel("org_type", key)),
    termLabel("level", entry.level),
    ...(entry.headquartersCountry
      ? [t("hq", { country: termLabel("country", entry.headquartersCountry) })]
      : []),
  ];
  const countries = entry.countries.slice(0, shownCountries).map((c) => termLabel("country", c));
  const moreCountries = entry.countries.length - countries.length;

  return (
    <Card component="article" withBorder padding="md" radius="md" className={classes.card}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Avatar src={entry.logoUrl} alt="" radius="md" size="lg" color="gray" variant="light">
          {initials(entry.name)}
        </Avatar>
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap" align="baseline">
            <Title order={3} size="h4" style={{ overflowWrap: "anywhere" }}>
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/organizations/$id" params={{ id: entry.id }} />
                )}
                c="inherit"
                inherit
                className={classes.cardLink}
              >
                {entry.name}
              </Anchor>
            </Title>
            {entry.acronym && (
              <Text size="sm" c="gray.7" fw={600}>
                {entry.acronym}
              </Text>
            )}
            {entry.verified && (
              <Badge
                color="teal.9"
                variant="outline"
                tt="none"
                leftSection={<IconRosetteDiscountCheck size={14} aria-hidden />}
              >
                {t("verified")}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="gray.7">
            {facts.join(" · ")}
          </Text>
          <LocalizedTextView value={entry.mission} ns="directory" lines={3} size="sm" />
          {countries.length > 0 && (
            <Text size="sm">
              <Text span fw={600} size="sm">
                {t("worksIn")}
              </Text>{" "}
              {list.format(
                moreCountries > 0
                  ? [...countries, t("text.more", { n: moreCountries })]
                  : countries,
              )}
            </Text>
          )}
          <TermBadges
            vocabulary="issue"
            keys={entry.issues}
            max={4}
            ns="directory"
            label={t("issues")}
          />
        </Stack>
      </Group>
    </Card>
  );
}
