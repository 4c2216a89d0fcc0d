import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconMapPin, IconRosetteDiscountCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type Match, type Requester, scoreParts } from "../../../../shared/discovery.ts";
import { useFormatters, useTermLabel } from "../../lib/hooks.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { explainMatch } from "./explain.ts";

/** A candidate's name, what it is, its score in six named parts and why it was suggested. */
export function MatchCard({
  match,
  rank,
  requester,
}: {
  match: Match;
  rank: number;
  requester: Requester;
}) {
  const { t, i18n } = useTranslation("discovery");
  const label = useTermLabel();
  const { number } = useFormatters();
  const org = match.organization;
  const one = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <Paper component="li" withBorder p={{ base: "sm", sm: "md" }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" style={{ overflowWrap: "anywhere" }}>
              <Text span c="gray.7" fw={500} inherit>
                {t("results.rank", { rank: number(rank) })}{" "}
              </Text>
              <AnchorLink to="/organizations/$id" params={{ id: org.id }} inherit dir="auto">
                {org.name}
              </AnchorLink>
              {org.acronym && (
                <Text span inherit c="gray.7" fw={500}>
                  {" "}
                  ({org.acronym})
                </Text>
              )}
            </Title>
            <Group gap={6} wrap="wrap">
              {org.types.map((type) => (
                <Badge key={type} variant="light" color="indigo" tt="none" radius="sm">
                  {label("org_type", type)}
                </Badge>
              ))}
              <Badge variant="outline" color="gray.7" tt="none" radius="sm">
                {label("level", org.level)}
              </Badge>
              {org.headquartersCountry && (
                <Badge
                  variant="outline"
                  color="gray.7"
                  tt="none"
                  radius="sm"
                  leftSection={<IconMapPin size={12} aria-hidden />}
                >
                  {label("country", org.headquartersCountry)}
                </Badge>
              )}
              {org.verified && (
                <Badge
                  color="teal.9"
                  variant="outline"
                  tt="none"
                  radius="sm"
                  leftSection={<IconRosetteDiscountCheck size={12} aria-hidden />}
                >
                  {t("results.verified")}
                </Badge>
              )}
            </Group>
          </Stack>
          <Stack gap={0} align="center" miw={72}>
            <Text fz={28} fw={700} lh={1}>
              {number(Math.round(match.score))}
            </Text>
            <Text size="xs" c="gray.7" ta="center">
              {t("results.outOf")}
            </Text>
          </Stack>
        </Group>
        <Text data-testid="match-explanation">
          <Text span fw={600}>
            {t("results.why")}
          </Text>{" "}
          {explainMatch(match, requester, t, label, i18n.language)}
        </Text>
        <Text size="xs" fw={600} c="gray.7" mb={-6}>
          {t("results.breakdown")}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing={6} component="dl" m={0}>
          {scoreParts.map((part) => (
            <div key={part}>
              <Text component="dt" size="xs" c="gray.7">
                {t(`parts.${part}.label`)}
              </Text>
              <Text component="dd" size="sm" fw={600} m={0}>
                {t("results.points", { points: one.format(match.points[part]) })}
              </Text>
              <Progress value={Math.round(match.parts[part] * 100)} size="xs" aria-hidden mt={2} />
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
