import { Alert, Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../../components/LanguageSwitcher.tsx";
import { useMe } from "../../lib/hooks.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";
import { DigestSettings } from "./DigestSettings.tsx";
import { SessionsList } from "./SessionsList.tsx";
import { TwoFactorSettings } from "./TwoFactorSettings.tsx";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function AccountPage() {
  const { t } = useTranslation(["account", "notifications"]);
  const { data: me, isPending } = useMe();
  if (isPending) return <Text>{t("common:app.loading")}</Text>;
  if (!me) {
    return (
      <Alert role="alert" title={t("signInFirst")}>
        <Anchor component={Link} to="/sign-in">
          {t("common:nav.signIn")}
        </Anchor>
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={1}>{t("title")}</Title>
      <Text c="dimmed">
        {me.name} · {me.email}
      </Text>
      <Section title={t("languageTitle")}>
        <Text size="sm">{t("languageHelp")}</Text>
        <LanguageSwitcher />
      </Section>
      <Section title={t("passwordTitle")}>
        <ChangePasswordForm />
      </Section>
      <Section title={t("twoFactorTitle")}>
        <TwoFactorSettings enabled={me.twoFactorEnabled} />
      </Section>
      <Section title={t("notifications:digestTitle")}>
        <DigestSettings />
      </Section>
      <Section title={t("sessionsTitle")}>
        <SessionsList />
      </Section>
    </Stack>
  );
}
