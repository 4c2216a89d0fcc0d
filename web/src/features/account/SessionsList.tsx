import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { unwrap } from "../../lib/auth-client.ts";

export function SessionsList() {
  const { t } = useTranslation("account");
  const format = useFormatters();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: ["session"],
    queryFn: async () => unwrap(await authClient.getSession()),
  });
  const sessions = useQuery({
    queryKey: ["sessions"],
    queryFn: async () => unwrap(await authClient.listSessions()),
  });
  const revoke = useMutation({
    mutationFn: async (token: string) => unwrap(await authClient.revokeSession({ token })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["sessions"] }),
  });
  const currentToken = current.data?.session.token;

  return (
    <Stack gap="xs">
      <Text size="sm">{t("sessionsHelp")}</Text>
      {(sessions.data ?? []).map((s) => (
        <Group key={s.id} justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="sm" fw={500}>
              {s.userAgent ? summarizeAgent(s.userAgent) : t("unknownDevice")}
              {s.token === currentToken && (
                <Badge ms="xs" size="sm" variant="light">
                  {t("thisDevice")}
                </Badge>
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {t("signedInAt", { date: format.dateTime(new Date(s.createdAt).toISOString()) })}
              {s.ipAddress ? ` · ${s.ipAddress}` : ""}
            </Text>
          </div>
          {s.token !== currentToken && (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => revoke.mutate(s.token)}
              loading={revoke.isPending}
            >
              {t("revoke")}
            </Button>
          )}
        </Group>
      ))}
      <FormError error={sessions.error ?? revoke.error} />
    </Stack>
  );
}

/** A short, readable name for a browser from its user-agent string. */
function summarizeAgent(agent: string): string {
  const browser = /Firefox|Edg|Chrome|Safari/.exec(agent)?.[0]?.replace("Edg", "Edge") ?? "Browser";
  const system =
    /Android|iPhone|iPad|Windows|Mac OS X|Linux/.exec(agent)?.[0]?.replace("Mac OS X", "macOS") ??
    "";
  return system ? `${browser} · ${system}` : browser;
}
