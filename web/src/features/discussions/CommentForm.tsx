import {
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Pill,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import type { OrgChoice } from "../../lib/coalition-access.ts";
import { isolate } from "../../lib/bidi.ts";

// The limits of shared/discussions.ts, copied: importing that file would bring zod into the page.
const commentMaxLength = 20_000;
const maxMentions = 20;
const mentionToken = /@\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}/gi;

/** Every organisation `@{id}` names in the text, lower-cased as the server reads them. */
export const mentionsIn = (text: string) =>
  [...text.matchAll(mentionToken)].flatMap((m) => (m[1] ? [m[1].toLowerCase()] : []));

export type CommentDraft = { text: string; mentions: string[]; organizationId: string };

/**
 * A Markdown comment with a short syntax hint, the organisation it speaks for when the
 * writer represents several, and a picker that writes `@{id}` for a mention.
 */
export function CommentForm({
  label,
  submitLabel,
  initialText = "",
  speakers,
  mentionable,
  pending,
  error,
  onSubmit,
  extra,
}: {
  label: string;
  submitLabel: string;
  initialText?: string;
  /** Organisations the writer may speak for; empty when editing (the author stays). */
  speakers: OrgChoice[];
  mentionable: OrgChoice[];
  pending: boolean;
  error: unknown;
  /** Resolves true when the comment was stored, so the form empties. */
  onSubmit: (draft: CommentDraft) => Promise<boolean>;
  extra?: ReactNode;
}) {
  const { t } = useTranslation("discussions");
  const hintId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [organizationId, setOrganizationId] = useState(speakers[0]?.organizationId ?? "");
  const [tried, setTried] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);
  const names = new Map(mentionable.map((m) => [m.organizationId, m.name]));
  const mentioned = [...new Set(mentionsIn(text))];
  const empty = text.trim().length === 0;

  function insertMention(id: string | null) {
    // A fresh key empties the picker, ready for the next name.
    setPickerKey((k) => k + 1);
    if (!id) return;
    const field = textarea.current;
    const token = `@{${id}} `;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const spaced = before && !/\s$/.test(before) ? `${before} ` : before;
    setText(`${spaced}${token}${text.slice(end)}`);
    requestAnimationFrame(() => {
      const caret = spaced.length + token.length;
      field?.focus();
      field?.setSelectionRange(caret, caret);
    });
  }

  function removeMention(id: string) {
    setText((current) => current.replaceAll(new RegExp(`@\\{${id}\\} ?`, "gi"), ""));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (empty) {
      textarea.current?.focus();
      return;
    }
    const stored = await onSubmit({ text: text.trim(), mentions: mentioned, organizationId });
    if (stored) {
      setText("");
      setTried(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="xs">
        {speakers.length > 1 && (
          <NativeSelect
            label={t("form.speakFor")}
            description={t("form.speakForHint")}
            value={organizationId}
            onChange={(event) => setOrganizationId(event.currentTarget.value)}
            data={speakers.map((o) => ({ value: o.organizationId, label: o.name }))}
          />
        )}
        <Textarea
          ref={textarea}
          label={label}
          dir="auto"
          autosize
          minRows={3}
          maxRows={14}
          maxLength={commentMaxLength}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          aria-describedby={hintId}
          error={tried && empty ? t("form.empty") : undefined}
        />
        <Text id={hintId} size="xs" c="gray.7">
          {t("form.markdownHint")}
        </Text>
        {mentionable.length > 0 && (
          <Select
            key={pickerKey}
            label={t("form.mention")}
            description={t("form.mentionHint")}
            placeholder={t("form.mentionPlaceholder")}
            data={mentionable
              .filter((m) => !mentioned.includes(m.organizationId))
              .map((m) => ({ value: m.organizationId, label: m.name }))}
            onChange={insertMention}
            searchable
            clearable={false}
            disabled={mentioned.length >= maxMentions}
            nothingFoundMessage={t("form.mentionNone")}
            maw={420}
          />
        )}
        {mentioned.length > 0 && (
          <Group gap={6} wrap="wrap" aria-label={t("form.mentioned")} role="group">
            <Text size="xs" c="gray.7">
              {t("form.mentioned")}
            </Text>
            {mentioned.map((id) => {
              const name = names.get(id) ?? t("form.unknownOrganization");
              return (
                <Pill key={id} size="md">
                  <Group gap={2} wrap="nowrap">
                    <span dir="auto">@{name}</span>
                    <CloseButton
                      size="xs"
                      aria-label={t("form.removeMention", { name: isolate(name) })}
                      onClick={() => removeMention(id)}
                    />
                  </Group>
                </Pill>
              );
            })}
          </Group>
        )}
        <RefusalAlert error={error} refusals={{ forbidden: t("form.forbidden") }} />
        <Group gap="sm" justify="flex-end">
          {extra}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
