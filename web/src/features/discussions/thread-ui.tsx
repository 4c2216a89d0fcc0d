import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconLock, IconMessage } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import cards from "../../components/Cards.module.css";
import { useTimeFormat } from "../../lib/time.ts";
import { isolate } from "../../lib/bidi.ts";
import { ConcernStatusBadge } from "./ConcernPanel.tsx";
import type { ThreadSummary } from "./discussion-data.ts";

export function ConcernBadge() {
  const { t } = useTranslation("discussions");
  return (
    <Badge
      variant="outline"
      color="gray.7"
      tt="none"
      radius="sm"
      leftSection={<IconLock size={12} aria-hidden />}
    >
      {t("kind.concern")}
    </Badge>
  );
}

/** One thread in a list: the title opens it; the count and last activity tell if it is alive. */
export function ThreadCard({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation("discussions");
  const format = useTimeFormat();
  return (
    <Paper component="li" withBorder p="sm" className={cards.card}>
      <Stack gap={4}>
        <Anchor
          renderRoot={(props) => <Link {...props} to="/threads/$id" params={{ id: thread.id }} />}
          fw={600}
          dir="auto"
          className={cards.cardLink}
          style={{ overflowWrap: "anywhere" }}
        >
          {thread.title}
        </Anchor>
        <Group gap={6} wrap="wrap">
          {thread.kind === "concern" && <ConcernBadge />}
          {thread.status && <ConcernStatusBadge status={thread.status} />}
          {thread.proposalId && (
            <Badge variant="light" color="grape" tt="none" radius="sm">
              {t("kind.proposal")}
            </Badge>
          )}
          <Group gap={4} wrap="nowrap">
            <IconMessage size={14} aria-hidden />
            <Text size="sm">{t("list.comments", { count: thread.commentCount })}</Text>
          </Group>
        </Group>
        <Text size="xs" c="gray.7">
          {t("list.opened", {
            org: isolate(thread.openedBy.name),
            relative: format.relative(thread.lastActivityAt),
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
