import { Button, Group, List, MultiSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { notify } from "../../lib/notify.ts";
import { isolate } from "../../lib/bidi.ts";
import { coalitionKey } from "../../lib/coalition-data.ts";

/**
 * Who may act for one of my organisations in this coalition. Its owners and admins choose
 * among the organisation's people; everyone else in it reads the list.
 */
export function RepresentativesEditor({
  coalitionId,
  organizationId,
  name,
  editable,
}: {
  coalitionId: string;
  organizationId: string;
  name: string;
  /** The server lets the reader name this organisation's representatives. */
  editable: boolean;
}) {
  const { t } = useTranslation("coalitions");
  const queryClient = useQueryClient();
  const key = [...coalitionKey(coalitionId), "representatives", organizationId];
  const reps = useQuery({
    queryKey: key,
    queryFn: () =>
      api.GET("/api/v1/coalitions/{id}/members/{organizationId}/representatives", {
        params: { path: { id: coalitionId, organizationId } },
      }),
  });
  const people = useQuery({
    queryKey: ["organization", organizationId, "members"],
    queryFn: () =>
      api.GET("/api/v1/organizations/{id}/members", { params: { path: { id: organizationId } } }),
  });
  const [draft, setDraft] = useState<string[] | null>(null);
  const save = useMutation({
    mutationFn: (userIds: string[]) =>
      api.PUT("/api/v1/coalitions/{id}/members/{organizationId}/representatives", {
        params: { path: { id: coalitionId, organizationId } },
        body: { userIds },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      setDraft(null);
      notify({ color: "teal", message: t("representatives.saved") });
    },
  });
  const chosen = draft ?? reps.data?.userIds ?? [];
  const nameOf = (userId: string) =>
    people.data?.items.find((p) => p.userId === userId)?.name ?? t("representatives.unknown");
  const heading = t("representatives.title", { name: isolate(name) });

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {heading}
        </Title>
        <Text size="sm" c="dimmed">
          {t("representatives.hint")}
        </Text>
        <FormError error={reps.error ?? people.error} />
        {editable && people.data ? (
          <>
            <MultiSelect
              label={t("representatives.label")}
              data={people.data.items.map((p) => ({ value: p.userId, label: p.name }))}
              value={chosen}
              onChange={setDraft}
              searchable
              nothingFoundMessage={t("picker.nothing")}
              error={chosen.length === 0 ? t("representatives.atLeastOne") : undefined}
            />
            <FormError error={save.error} />
            <Group>
              <Button
                size="sm"
                onClick={() => save.mutate(chosen)}
                loading={save.isPending}
                disabled={draft === null || chosen.length === 0}
              >
                {t("representatives.save")}
              </Button>
            </Group>
          </>
        ) : (
          <List size="sm">
            {(reps.data?.userIds ?? []).map((userId) => (
              <List.Item key={userId}>{nameOf(userId)}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
