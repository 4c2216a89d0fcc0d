import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";

/** The account's signed-in devices, from our own API: it never sends a session's token. */
export function SessionsList() {
  const { t } = useTranslation("account");
  const format = useFormatters();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: ["sessions"],
    queryFn: () => api.GET("/api/v1/me/sessions"),
  });
  const revoke = useMutation({
    mutationFn: (sessionId: string) =>
      api.DELETE("/api/v1/me/sessions/{sessionId}", { params: { path: { sessionId } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["sessions"] }),
  });

  return (
    <Stack gap="xs">
      <Text size="sm">{t("sessionsHelp")}</Text>
      {(sessions.data?.items ?? []).map((s) => (
        <Group key={s.id} justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="sm" fw={500}>
              {s.userAgent ? summarizeAgent(s.userAgent) : t("unknownDevice")}
              {s.current && (
                <Badge ms="xs" size="sm" variant="light">
                  {t("thisDevice")}
                </Badge>
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {t("signedInAt", { date: format.dateTime(s.createdAt) })}
              {s.ipAddress ? ` · ${s.ipAddress}` : ""}
            </Text>
          </div>
          {!s.current && (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => revoke.mutate(s.id)}
              loading={revoke.isPending && revoke.variables === s.id}
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
