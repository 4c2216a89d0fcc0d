import { ActionIcon, Indicator } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../lib/hooks.ts";
import { useUnreadCount } from "../lib/notifications.ts";

/** The header's way to the notification list; its name says how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation("notifications");
  const { number } = useFormatters();
  const { data: unread = 0 } = useUnreadCount();
  const label = unread ? t("bellUnread", { count: unread, formatted: number(unread) }) : t("bell");
  return (
    <Indicator
      label={unread > 99 ? "99+" : number(unread)}
      size={16}
      disabled={!unread}
      color="red.8"
      offset={4}
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="gray.8"
        size="lg"
        aria-label={label}
        title={label}
      >
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
