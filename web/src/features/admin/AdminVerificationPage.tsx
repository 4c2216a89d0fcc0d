import { Alert, Anchor, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/hooks.ts";
import { ReviewList } from "./admin-review-list.tsx";

type Tab = "awaiting" | "verified";

/** Platform administrators grant and withdraw the verification badge. */
export function AdminVerificationPage() {
  const { t } = useTranslation("admin");
  const { data: me, isPending } = useMe();
  const [tab, setTab] = useState<Tab>("awaiting");

  if (isPending) return <Text c="dimmed">{t("common:app.loading")}</Text>;
  if (!me?.isPlatformAdmin) {
    return (
      <Stack maw={640}>
        <Title order={1} size="h2">
          {t("title")}
        </Title>
        <Alert color="red" role="alert" title={t("refusedTitle")}>
          {me ? t("refused") : t("signInFirst")}
        </Alert>
        <Anchor component={Link} to={me ? "/dashboard" : "/sign-in"}>
          {me ? t("common:nav.dashboard") : t("common:nav.signIn")}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" mt="xs">
          {t("intro")}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => setTab(value === "verified" ? "verified" : "awaiting")}
      >
        <Tabs.List>
          <Tabs.Tab value="awaiting">{t("tabs.awaiting")}</Tabs.Tab>
          <Tabs.Tab value="verified">{t("tabs.verified")}</Tabs.Tab>
        </Tabs.List>
        {/* Each tab loads its list only when opened: the queue can be long on a slow line. */}
        <Tabs.Panel value="awaiting" pt="md">
          {tab === "awaiting" && <ReviewList verified={false} />}
        </Tabs.Panel>
        <Tabs.Panel value="verified" pt="md">
          {tab === "verified" && <ReviewList verified />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
