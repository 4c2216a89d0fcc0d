import {
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { IconExternalLink, IconRosetteDiscountCheck } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ReviewItem } from "../../../../shared/admin.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useFormatters, useTermLabel } from "../../lib/hooks.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";

type Item = z.infer<typeof ReviewItem>;

const listStyle = { listStyle: "none", margin: 0, paddingInlineStart: 0 };

/** One tab of the review queue: organisations with or without the badge. */
export function ReviewList({ verified }: { verified: boolean }) {
  const { t } = useTranslation("admin");
  const queryClient = useQueryClient();
  const termLabel = useTermLabel();
  const [filter, setFilter] = useState("");
  // A badge given or taken away is seen by every partner: each asks first, naming the organisation.
  const [confirming, setConfirming] = useState<Item | null>(null);
  const queue = useQuery({
    queryKey: ["admin", "organizations", verified],
    queryFn: () =>
      api.GET("/api/v1/admin/organizations", {
        params: { query: { verified: verified ? "true" : "false" } },
      }),
  });
  const setVerified = useMutation({
    mutationFn: ({ item, verified }: { item: Item; verified: boolean }) =>
      api.PUT("/api/v1/admin/organizations/{id}/verification", {
        params: { path: { id: item.id } },
        body: { verified },
      }),
    onSuccess: async (result, { item }) => {
      setConfirming(null);
      notify({
        color: result.verified ? "teal" : "gray",
        message: t(result.verified ? "verifiedNotice" : "removedNotice", {
          name: isolate(item.name),
        }),
      });
      // Both tabs change, and so does the organisation's own page.
      await queryClient.invalidateQueries({ queryKey: ["admin", "organizations"] });
      await queryClient.invalidateQueries({ queryKey: ["organization", item.id] });
    },
  });

  if (queue.isPending) return <Text c="dimmed">{t("common:app.loading")}</Text>;
  if (queue.error) return <FormError error={queue.error} />;
  if (queue.data.items.length === 0) {
    return <Text c="dimmed">{verified ? t("emptyVerified") : t("emptyAwaiting")}</Text>;
  }
  const busyId = setVerified.isPending ? setVerified.variables.item.id : null;
  const wanted = filter.trim().toLocaleLowerCase();
  const shown = queue.data.items.filter((item) =>
    [item.name, item.acronym, item.website, termLabel("country", item.headquartersCountry ?? "")]
      .join(" ")
      .toLocaleLowerCase()
      .includes(wanted),
  );
  return (
    <Stack gap="xs">
      <TextInput
        label={t("filter")}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
      />
      {!confirming && <FormError error={setVerified.error} />}
      <Text size="sm" c="dimmed" role="status">
        {t("count", { count: shown.length })}
      </Text>
      <Stack component="ul" gap="xs" style={listStyle}>
        {shown.map((item) => (
          <ReviewRow
            key={item.id}
            item={item}
            busy={busyId === item.id}
            onToggle={() => {
              setVerified.reset();
              setConfirming(item);
            }}
          />
        ))}
      </Stack>
      <ConfirmModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t(verified ? "confirmRemove.title" : "confirmVerify.title", {
          name: isolate(confirming?.name ?? ""),
        })}
        confirmLabel={verified ? t("remove") : t("verify")}
        color={verified ? "red" : "teal"}
        onConfirm={() =>
          confirming && setVerified.mutate({ item: confirming, verified: !verified })
        }
        pending={setVerified.isPending}
        error={setVerified.error}
        refusals={{ forbidden: t("refused") }}
      >
        {t(verified ? "confirmRemove.body" : "confirmVerify.body", {
          name: isolate(confirming?.name ?? ""),
        })}
      </ConfirmModal>
    </Stack>
  );
}

function ReviewRow({ item, busy, onToggle }: { item: Item; busy: boolean; onToggle: () => void }) {
  const { t } = useTranslation("admin");
  const format = useFormatters();
  const termLabel = useTermLabel();
  const verified = item.verifiedAt !== null;
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 16rem" }}>
          <AnchorLink
            to="/organizations/$id"
            params={{ id: item.id }}
            fw={600}
            style={{ overflowWrap: "anywhere" }}
          >
            {item.name}
            {item.acronym && (
              <Text span c="dimmed" fw={400}>
                {" "}
                ({item.acronym})
              </Text>
            )}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {item.headquartersCountry
              ? termLabel("country", item.headquartersCountry)
              : t("noCountry")}
            {" · "}
            {t("created", { date: format.date(item.createdAt) })}
            {item.verifiedAt && ` · ${t("verifiedOn", { date: format.date(item.verifiedAt) })}`}
          </Text>
          {item.website ? (
            <Anchor
              href={item.website}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              style={{ overflowWrap: "anywhere" }}
            >
              <bdi>{item.website.replace(/^https?:\/\//, "")}</bdi>
              <IconExternalLink size={14} aria-hidden style={{ marginInlineStart: 4 }} />
              <VisuallyHidden>{t("opensInNewTab")}</VisuallyHidden>
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {t("noWebsite")}
            </Text>
          )}
        </Stack>
        <Button
          variant={verified ? "default" : "filled"}
          leftSection={verified ? undefined : <IconRosetteDiscountCheck size={18} aria-hidden />}
          loading={busy}
          onClick={onToggle}
          aria-label={
            verified ? t("removeNamed", { name: item.name }) : t("verifyNamed", { name: item.name })
          }
        >
          {verified ? t("remove") : t("verify")}
        </Button>
      </Group>
    </Paper>
  );
}
