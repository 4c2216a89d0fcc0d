import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Notification } from "../../../../shared/notifications.ts";
import { FormError } from "../../components/FormError.tsx";
import { useFormatters, useMe } from "../../lib/hooks.ts";
import { notificationText } from "./notification-text.ts";
import { useMarkRead, useNotifications } from "./use-notifications.ts";

function NotificationItem({ item }: { item: Notification }) {
  const { t, i18n } = useTranslation("notifications");
  const { dateTime } = useFormatters();
  const markRead = useMarkRead();
  const unread = !item.readAt;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={
        unread
          ? { borderInlineStartWidth: 4, borderInlineStartColor: "var(--mantine-color-blue-7)" }
          : undefined
      }
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor
            component={Link}
            to={item.link}
            fw={unread ? 700 : 400}
            c="inherit"
            style={{ overflowWrap: "anywhere" }}
            onClick={() => unread && markRead.mutate({ ids: [item.id] })}
          >
            {notificationText(t, i18n.language, item)}
          </Anchor>
          {unread && (
            <Badge variant="light" color="blue" style={{ flexShrink: 0 }}>
              {t("unread")}
            </Badge>
          )}
        </Group>
        <Group gap="sm">
          <Text size="sm" c="gray.7">
            <time dateTime={item.createdAt}>{dateTime(item.createdAt)}</time>
          </Text>
          {unread && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => markRead.mutate({ ids: [item.id] })}
              loading={markRead.isPending}
            >
              {t("markRead")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation("notifications");
  const { data: me, isPending: mePending } = useMe();
  const [filter, setFilter] = useState<"all" | "unread">("all");
  const list = useNotifications(filter === "unread");
  const markAll = useMarkRead();

  if (mePending) return <Loader aria-label={t("common:app.loading")} />;
  if (!me) {
    return (
      <Alert role="alert" title={t("signInFirst")}>
        <Anchor component={Link} to="/sign-in">
          {t("common:nav.signIn")}
        </Anchor>
      </Alert>
    );
  }
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  return (
    <Stack maw={760}>
      <Title order={1}>{t("title")}</Title>
      <Text c="gray.7">{t("intro")}</Text>
      <Group justify="space-between">
        <SegmentedControl
          value={filter}
          onChange={(v) => setFilter(v as "all" | "unread")}
          data={[
            { value: "all", label: t("filterAll") },
            { value: "unread", label: t("filterUnread", { count: unread }) },
          ]}
          aria-label={t("filterLabel")}
        />
        <Button
          variant="default"
          disabled={!unread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate({ all: true })}
        >
          {t("markAllRead")}
        </Button>
      </Group>
      <FormError error={list.error ?? markAll.error} />
      {list.isPending ? (
        <Loader aria-label={t("common:app.loading")} />
      ) : items.length === 0 ? (
        <Text>{filter === "unread" ? t("noneUnread") : t("none")}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} />
          ))}
        </Stack>
      )}
      {list.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
        >
          {t("more")}
        </Button>
      )}
      <Text size="sm" c="gray.7">
        {t("digestHint")}{" "}
        <Anchor component={Link} to="/account" underline="always">
          {t("digestLink")}
        </Anchor>
      </Text>
    </Stack>
  );
}
