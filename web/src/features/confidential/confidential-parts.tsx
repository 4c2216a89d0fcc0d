import { Alert, Group, Stack, Text, Title } from "@mantine/core";
import { IconKey, IconLock } from "@tabler/icons-react";
import { useRouterState } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { useMe } from "../../lib/hooks.ts";
import { PathButton } from "../records/record-view-links.tsx";
import type { FailReason } from "./confidential-open.ts";
import { type KeyChange, KeyChangeAlert, type KeySession, useKeySession } from "./key-session.ts";

/** The keys page, told where to send the person back once their keys are unlocked. */
export function keysHref(returnTo: string) {
  return `/keys?${new URLSearchParams({ returnTo }).toString()}`;
}

/** Where the reader is now, to come back to from the keys page. */
export function useHere() {
  return useRouterState({ select: (s) => s.location.href });
}

/**
 * What a locked browser shows instead of a confidential page: nothing of the records, a word
 * on why, and the way to the keys page and back here.
 */
export function UnlockPrompt({ title, state }: { title: string; state: KeySession["state"] }) {
  const { t } = useTranslation("confidential");
  const here = useHere();
  const none = state === "none";
  return (
    <Stack maw={640} gap="md">
      <Title order={1}>{title}</Title>
      <Alert
        color="blue"
        variant="light"
        icon={<IconLock size={20} aria-hidden />}
        title={none ? t("unlock.noneTitle") : t("unlock.title")}
        styles={{ title: { color: "var(--mantine-color-text)" } }}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{none ? t("unlock.none") : t("unlock.body")}</Text>
          <PathButton href={keysHref(here)} leftSection={<IconKey size={16} aria-hidden />}>
            {none ? t("unlock.setUp") : t("unlock.action")}
          </PathButton>
        </Stack>
      </Alert>
    </Stack>
  );
}

/**
 * Shows `children` with the unlocked session; otherwise a sign-in or unlock prompt with the
 * page's own heading, so every state of the page has its one h1.
 */
export function UnlockedOnly({
  title,
  children,
}: {
  title: string;
  children: (session: KeySession) => ReactNode;
}) {
  const { t } = useTranslation("confidential");
  const me = useMe();
  const session = useKeySession();
  if (me.isPending || session.state === "loading") return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("signInFirst")} />;
  if (session.state !== "unlocked") return <UnlockPrompt title={title} state={session.state} />;
  return <>{children(session)}</>;
}

/** Why a record did not open, in words a person can act on. */
export function useFailText() {
  const { t } = useTranslation("confidential");
  return (reason: FailReason) => t(`fail.${reason}`);
}

/** Each changed key once, with the keys feature's alert to compare and accept it. */
export function KeyChanges({
  changes,
  onAccepted,
  names = {},
}: {
  changes: readonly KeyChange[];
  onAccepted: () => void;
  /** Names by organisation or person id, where the page knows them. */
  names?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation("confidential");
  const nameOf = (change: KeyChange) => {
    const [kind, id = ""] = change.subject.split(":");
    return names[id] ?? t(kind === "person" ? "keyChange.person" : "keyChange.organization");
  };
  const unique = [...new Map(changes.map((c) => [c.subject, c])).values()];
  if (!unique.length) return null;
  return (
    <Stack gap="sm">
      {unique.map((change) => (
        <KeyChangeAlert
          key={change.subject}
          change={change}
          name={nameOf(change)}
          onAccepted={onAccepted}
        />
      ))}
    </Stack>
  );
}

/** A short line under a heading: what the reader sees was opened here, not on the server. */
export function OpenedHere({ children }: { children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm" c="gray.7">
        {children}
      </Text>
    </Group>
  );
}
