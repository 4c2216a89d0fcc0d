import { Alert, Button, Code, CopyButton, Group, List, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy, IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { notify } from "../../lib/notify.ts";
import { useCoalitionList } from "../../lib/coalition-data.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { calendarFeedUrl, useIssueCalendarToken, useRevokeCalendarToken } from "./meeting-data.ts";
import classes from "./Meetings.module.css";

/** The same key opens every coalition's feed, so each gets its own link to copy. */
function OtherCoalitionLinks({ coalitionId, token }: { coalitionId: string; token: string }) {
  const { t } = useTranslation("meetings");
  const list = useCoalitionList();
  const others = (list.data?.items ?? []).filter((c) => c.inside && c.id !== coalitionId);
  if (others.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("calendar.otherCoalitions")}
      </Text>
      <Group gap="xs" wrap="wrap">
        {others.map((c) => (
          <CopyButton key={c.id} value={calendarFeedUrl(c.id, token)}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                size="compact-sm"
                onClick={copy}
                aria-label={t("calendar.copyFor", { name: c.name })}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
              >
                <span dir="auto">{copied ? t("calendar.copied") : c.name}</span>
              </Button>
            )}
          </CopyButton>
        ))}
      </Group>
    </Stack>
  );
}

function FeedAddress({ url, label }: { url: string; label: string }) {
  const { t } = useTranslation("meetings");
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Code block className={classes.feed} dir="ltr">
        {url}
      </Code>
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button
            variant="light"
            size="compact-sm"
            w="fit-content"
            onClick={copy}
            leftSection={
              copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
            }
          >
            {copied ? t("calendar.copied") : t("calendar.copy")}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}

/**
 * How to see the coalition's meetings in a calendar app: the feed opens with the session in
 * a browser, and with a personal token in apps that cannot sign in.
 */
export function CalendarHelp({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("meetings");
  const issue = useIssueCalendarToken();
  const revoke = useRevokeCalendarToken();
  const token = issue.data?.token;
  return (
    <Stack gap="sm">
      <Text size="sm">{t("calendar.intro")}</Text>
      <FeedAddress url={calendarFeedUrl(coalitionId)} label={t("calendar.feed")} />
      <Text size="sm">{t("calendar.tokenIntro")}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t("calendar.step1")}</List.Item>
        <List.Item>{t("calendar.step2")}</List.Item>
        <List.Item>{t("calendar.step3")}</List.Item>
      </List>
      <Alert color="red" variant="light" title={t("calendar.warningTitle")}>
        {t("calendar.warning")}
      </Alert>
      {token ? (
        <Stack gap="xs">
          <FeedAddress
            url={calendarFeedUrl(coalitionId, token)}
            label={t("calendar.personalFeed")}
          />
          <Text size="sm" c="gray.7" role="status">
            {t("calendar.shownOnce")}
          </Text>
          <OtherCoalitionLinks coalitionId={coalitionId} token={token} />
        </Stack>
      ) : null}
      <Group gap="sm" wrap="wrap">
        <Button
          variant={token ? "default" : "filled"}
          leftSection={<IconKey size={16} aria-hidden />}
          loading={issue.isPending}
          onClick={() => {
            revoke.reset();
            issue.mutate();
          }}
        >
          {token ? t("calendar.newToken") : t("calendar.makeToken")}
        </Button>
        <Button
          variant="subtle"
          color="red"
          loading={revoke.isPending}
          onClick={() =>
            revoke.mutate(undefined, {
              onSuccess: () => {
                issue.reset();
                notify({ color: "teal", message: t("calendar.revoked") });
              },
            })
          }
        >
          {t("calendar.revoke")}
        </Button>
      </Group>
      <Text size="xs" c="gray.7">
        {t("calendar.revokeHint")}
      </Text>
      <RefusalAlert error={issue.error ?? revoke.error} refusals={{}} />
    </Stack>
  );
}
