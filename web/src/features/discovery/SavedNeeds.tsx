import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DiscoveryWeights, Need, Requester, SavedNeed } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useSavedNeeds } from "./discovery-data.ts";

/** Saves the need for the requester's members, and lists the needs saved for it. */
export function SavedNeeds({
  requester,
  need,
  weights,
  current,
}: {
  requester: Requester;
  need: Need;
  weights: DiscoveryWeights;
  /** The saved need open on the page, if any: saving changes it. */
  current: SavedNeed | undefined;
}) {
  const { t } = useTranslation("discovery");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { date } = useFormatters();
  const saved = useSavedNeeds(requester);
  const [title, setTitle] = useState(current?.title ?? "");
  useEffect(() => setTitle(current?.title ?? ""), [current?.id, current?.title]);
  const editing = current && current.canEdit;

  const save = useMutation({
    mutationFn: (asNew: boolean) =>
      editing && !asNew
        ? api.PATCH("/api/v1/discovery/needs/{id}", {
            params: { path: { id: current.id } },
            body: { title: title.trim(), need, weights },
          })
        : api.POST("/api/v1/discovery/needs", {
            body: { title: title.trim(), need, requester, weights },
          }),
    onSuccess: async (row) => {
      queryClient.setQueryData(["discovery", "need", row.id], row);
      await queryClient.invalidateQueries({ queryKey: ["discovery", "needs"] });
      notify({ color: "teal", message: t("saved.done", { title: isolate(row.title) }) });
      await navigate({ to: "/discover", search: { needId: row.id }, replace: true });
    },
  });

  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (row: SavedNeed) =>
      api.DELETE("/api/v1/discovery/needs/{id}", { params: { path: { id: row.id } } }),
    onSuccess: async (_, row) => {
      setConfirming(null);
      queryClient.removeQueries({ queryKey: ["discovery", "need", row.id] });
      await queryClient.invalidateQueries({ queryKey: ["discovery", "needs"] });
      notify({ color: "teal", message: t("saved.deleted", { title: isolate(row.title) }) });
      // The open need is gone: the page stays on the same requester with the same need.
      if (current?.id === row.id) {
        await navigate({ to: "/discover", search: { ...requester }, replace: true });
      }
    },
  });

  return (
    <Stack gap="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(false);
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t("saved.title")}
            description={t("saved.titleHint")}
            required
            minLength={2}
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maw={480}
          />
          <Group gap="sm">
            <Button type="submit" loading={save.isPending} disabled={title.trim().length < 2}>
              {editing ? t("saved.update") : t("saved.save")}
            </Button>
            {editing && (
              <Button
                variant="default"
                disabled={save.isPending || title.trim().length < 2}
                onClick={() => save.mutate(true)}
              >
                {t("saved.saveAsNew")}
              </Button>
            )}
          </Group>
          <FormError error={save.error} />
        </Stack>
      </form>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t("saved.listTitle")}
        </Text>
        {saved.data && saved.data.items.length === 0 && (
          <Text size="sm" c="gray.7">
            {t("saved.none")}
          </Text>
        )}
        {saved.data && saved.data.items.length > 0 && (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }}>
            {saved.data.items.map((item) => (
              <li key={item.id}>
                <AnchorLink to="/discover" search={{ needId: item.id }} size="sm" dir="auto">
                  {item.title}
                </AnchorLink>{" "}
                <Text span size="xs" c="gray.7">
                  {t("saved.updated", { date: date(item.updatedAt) })}
                </Text>{" "}
                {confirming === item.id ? (
                  <Group gap={4} component="span" display="inline-flex">
                    <Text span size="xs">
                      {t("saved.confirmDelete", { title: isolate(item.title) })}
                    </Text>
                    <Button
                      size="compact-xs"
                      color="red.9"
                      loading={remove.isPending}
                      onClick={() => remove.mutate(item)}
                    >
                      {t("saved.delete")}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      disabled={remove.isPending}
                      onClick={() => setConfirming(null)}
                    >
                      {t("saved.keep")}
                    </Button>
                  </Group>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    c="red.9"
                    aria-label={t("saved.deleteNamed", { title: item.title })}
                    onClick={() => setConfirming(item.id)}
                  >
                    {t("saved.delete")}
                  </Button>
                )}
              </li>
            ))}
          </Stack>
        )}
        <FormError error={remove.error} />
      </Stack>
    </Stack>
  );
}
