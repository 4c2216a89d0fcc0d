import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { OwnAnswer } from "../../../../shared/statements/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import type { Answer } from "./statement-data.ts";

export type Mine = z.infer<typeof OwnAnswer>;
const choices: Answer[] = ["private", "public", "decline"];

/**
 * One organisation's answer: sign publicly, support privately or decline. Nothing is chosen
 * until the representative chooses; an answer given on an earlier version is shown, not
 * chosen again for them, so confirming is a choice made on the text now read.
 */
export function StatementAnswerForm({
  organization,
  mine,
  versionNumber,
  pending,
  error,
  onSubmit,
}: {
  organization: { organizationId: string; name: string };
  mine: Mine | undefined;
  versionNumber: number;
  pending: boolean;
  error: unknown;
  onSubmit: (answer: Answer, declineReason: string | undefined) => void;
}) {
  const { t } = useTranslation("statements");
  const format = useTimeFormat();
  const id = useId();
  const current = mine && !mine.confirmAgain ? mine : undefined;
  const [answer, setAnswer] = useState<string>(current?.answer ?? "");
  const [reason, setReason] = useState(current?.declineReason ?? "");
  const [tried, setTried] = useState(false);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!answer) {
      document.querySelector<HTMLElement>(`[name="${id}-answer"]`)?.focus();
      return;
    }
    const text = reason.trim();
    onSubmit(answer as Answer, answer === "decline" && text ? text : undefined);
  }

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${id}-title`}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Title
            order={3}
            size="h4"
            id={`${id}-title`}
            dir="auto"
            style={{ overflowWrap: "anywhere" }}
          >
            {t("answer.for", { name: organization.name })}
          </Title>
          {mine?.confirmAgain && (
            <Alert color="yellow" role="status">
              <Text size="sm" fw={700}>
                {t("answer.confirmAgainTitle")}
              </Text>
              <Text size="sm">
                {t("answer.confirmAgain", {
                  answer: t(`answer.given.${mine.answer}`),
                  old: mine.versionNumber,
                  current: versionNumber,
                })}
              </Text>
            </Alert>
          )}
          {current && (
            <Text size="sm" role="status">
              {t("answer.current", {
                answer: t(`answer.given.${current.answer}`),
                number: current.versionNumber,
                date: format.absolute(current.answeredAt),
              })}
            </Text>
          )}
          <Radio.Group
            name={`${id}-answer`}
            label={t("answer.choose")}
            value={answer}
            onChange={setAnswer}
            error={tried && !answer ? t("answer.chooseOne") : undefined}
          >
            <Stack gap="sm" mt="xs">
              {choices.map((c) => (
                <Radio
                  key={c}
                  value={c}
                  label={t(`answer.choice.${c}.label`)}
                  description={t(`answer.choice.${c}.explain`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {answer === "decline" && (
            <Textarea
              dir="auto"
              label={t("answer.reason")}
              description={t("answer.reasonHint")}
              autosize
              minRows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          )}
          <FormError error={error} />
          <Group>
            <Button type="submit" loading={pending}>
              {current ? t("answer.change") : mine ? t("answer.confirm") : t("answer.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
