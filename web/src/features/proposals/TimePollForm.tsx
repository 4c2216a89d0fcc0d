import { Button, Group, Paper, Radio, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { readerTimeZone, useTimeFormat } from "../../lib/time.ts";
import { answersOf, pollAnswers } from "./ballot-text.ts";

/** Yes, if need be, or no for each candidate time, shown in the reader's own time zone. */
export function TimePollForm({
  slots,
  current,
  pending,
  onSubmit,
}: {
  slots: readonly string[];
  current: unknown;
  pending: boolean;
  onSubmit: (ballot: unknown) => void;
}) {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  const [answers, setAnswers] = useState<Record<string, string>>(() => answersOf(current));
  const [tried, setTried] = useState(false);
  const answered = slots.filter((s) => answers[s]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (answered.length === 0) return;
    onSubmit({ answers: Object.fromEntries(answered.map((s) => [s, answers[s]])) });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t("poll.hint", { zone: readerTimeZone() })}</Text>
        {slots.map((slot, index) => (
          <Paper key={slot} withBorder p="xs">
            <Radio.Group
              label={format.slot(slot)}
              name={`slot-${index}`}
              value={answers[slot] ?? ""}
              onChange={(value) => setAnswers((all) => ({ ...all, [slot]: value }))}
            >
              <Group gap="md" mt={6}>
                {pollAnswers.map((a) => (
                  <Radio key={a} value={a} label={t(`poll.${a}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Paper>
        ))}
        {tried && answered.length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {t("poll.answerOne")}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {current ? t("stanceForm.change") : t("poll.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
