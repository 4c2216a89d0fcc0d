import { Button, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconLanguage, IconSearch, IconShieldCheck } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/hooks.ts";

export function LandingPage() {
  const { t } = useTranslation("landing");
  const { data: me } = useMe();
  const features = [
    { icon: IconSearch, title: t("featureDirectoryTitle"), body: t("featureDirectoryBody") },
    { icon: IconLanguage, title: t("featureLanguagesTitle"), body: t("featureLanguagesBody") },
    { icon: IconShieldCheck, title: t("featureTrustTitle"), body: t("featureTrustBody") },
  ];
  return (
    <Stack gap="xl" py="lg">
      <Stack gap="md" maw={720}>
        <Title order={1}>{t("title")}</Title>
        <Text size="lg">{t("lead")}</Text>
        <Group>
          <Button component={Link} to="/directory" size="md">
            {t("searchDirectory")}
          </Button>
          <Button
            component={Link}
            to={me ? "/organizations/new" : "/sign-up"}
            size="md"
            variant="outline"
          >
            {t("joinNow")}
          </Button>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        {features.map((f) => (
          <Stack key={f.title} gap="xs">
            <ThemeIcon size="lg" variant="light" aria-hidden>
              <f.icon size={20} />
            </ThemeIcon>
            <Title order={2} size="h4">
              {f.title}
            </Title>
            <Text size="sm">{f.body}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
