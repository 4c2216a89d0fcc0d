import { Badge, Button, Group, List, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Thread } from "../../../../shared/discussions.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { notify } from "../../lib/notify.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import type { CoalitionAccess, OrgChoice } from "../../lib/coalition-access.ts";
import { isolate } from "../../lib/bidi.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { useUpdateThread } from "./discussion-data.ts";

type Concern = NonNullable<Thread["concern"]>;

function Field({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function ConcernStatusBadge({ status }: { status: Concern["status"] }) {
  const { t } = useTranslation("discussions");
  return (
    <Badge color={status === "open" ? "red" : "teal"} variant="light" tt="none" radius="sm">
      {t(`concern.status.${status}`)}
    </Badge>
  );
}

/** The raising organisation or the convener side closes a concern with how it was resolved. */
function ResolveForm({ thread, actingFor }: { thread: Thread; actingFor: OrgChoice }) {
  const { t, i18n } = useTranslation("discussions");
  const update = useUpdateThread(thread);
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const resolved = thread.concern?.status === "resolved";

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!text.trim()) return;
    update.mutate(
      {
        organizationId: actingFor.organizationId,
        status: "resolved",
        resolution: { original: i18n.language, texts: { [i18n.language]: text.trim() } },
      },
      { onSuccess: () => notify({ color: "teal", message: t("concern.resolvedNotice") }) },
    );
  }

  if (resolved) {
    return (
      <Stack gap="xs">
        <Button
          variant="outline"
          w="fit-content"
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { organizationId: actingFor.organizationId, status: "open" },
              { onSuccess: () => notify({ color: "teal", message: t("concern.reopenedNotice") }) },
            )
          }
        >
          {t("concern.reopen")}
        </Button>
        <RefusalAlert error={update.error} refusals={{ forbidden: t("concern.forbidden") }} />
      </Stack>
    );
  }
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t("concern.resolutionLabel")}
          description={t("concern.resolutionHint", { org: isolate(actingFor.name) })}
          dir="auto"
          autosize
          minRows={2}
          maxLength={4000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={tried && !text.trim() ? t("concern.resolutionMissing") : undefined}
        />
        <RefusalAlert error={update.error} refusals={{ forbidden: t("concern.forbidden") }} />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t("concern.resolve")}
        </Button>
      </Stack>
    </form>
  );
}

/** A concern: the problem, the end goal, who could help, who takes part, and how it ended. */
export function ConcernPanel({
  thread,
  access,
}: {
  thread: Thread;
  access: CoalitionAccess | null;
}) {
  const { t } = useTranslation("discussions");
  const format = useTimeFormat();
  const concern = thread.concern;
  if (!concern) return null;
  // The organisation that raised it answers for it first; otherwise the convener side.
  const { updateFor } = thread.permissions;
  const actingForId =
    updateFor.find((id) => id === thread.openedBy.organizationId) ?? updateFor[0] ?? null;
  const actingFor: OrgChoice | null =
    actingForId && access
      ? { organizationId: actingForId, name: access.nameOf(actingForId) }
      : null;
  return (
    <PageSection title={t("concern.title")} description={t("concern.hint")}>
      <Group gap={6}>
        <ConcernStatusBadge status={concern.status} />
      </Group>
      <Field title={t("concern.problem")}>
        <LocalizedTextView value={concern.problem} ns="discussions" size="sm" />
      </Field>
      <Field title={t("concern.endGoal")}>
        <LocalizedTextView value={concern.endGoal} ns="discussions" size="sm" />
      </Field>
      {concern.potentialAllies && (
        <Field title={t("concern.potentialAllies")}>
          <LocalizedTextView value={concern.potentialAllies} ns="discussions" size="sm" />
        </Field>
      )}
      <Field title={t("concern.takingPart")}>
        <List size="sm" spacing={2}>
          <List.Item>
            <span dir="auto">{thread.openedBy.name}</span>{" "}
            <Text span size="xs" c="gray.7">
              ({t("concern.raisedIt")})
            </Text>
          </List.Item>
          {concern.participants
            .filter((p) => p.organizationId !== thread.openedBy.organizationId)
            .map((p) => (
              <List.Item key={p.organizationId}>
                <span dir="auto">{p.name}</span>
              </List.Item>
            ))}
        </List>
        <Text size="xs" c="gray.7">
          {t("concern.convenerSees")}
        </Text>
      </Field>
      {concern.resolution && (
        <Field title={t("concern.resolution")}>
          <LocalizedTextView value={concern.resolution.text} ns="discussions" size="sm" />
          <Text size="xs" c="gray.7">
            {t("concern.resolvedBy", {
              org: isolate(concern.resolution.resolvedBy.name),
              date: format.absolute(concern.resolution.resolvedAt),
            })}
          </Text>
        </Field>
      )}
      {actingFor && <ResolveForm thread={thread} actingFor={actingFor} />}
    </PageSection>
  );
}
