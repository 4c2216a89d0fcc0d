import { Button, Group, Radio, Stack, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ProposalRules } from "../../../../shared/decisions/rules.ts";
import { reasonOf, stanceChoices, stanceFamily, stanceOf } from "./ballot-text.ts";

type Family = keyof typeof stanceChoices;

/** Stances that stop a proposal must say why, so the others can amend it. */
const needsReason: Partial<Record<Family, string>> = { consent: "object", consensus: "block" };

/**
 * One stance among a few (consent, consensus, a vote, a sense check), with a reason where
 * the kind has one.
 */
export function StanceChoiceForm({
  rules,
  current,
  pending,
  onSubmit,
}: {
  rules: ProposalRules;
  current: unknown;
  pending: boolean;
  onSubmit: (ballot: unknown) => void;
}) {
  const { t } = useTranslation("proposals");
  const family = stanceFamily(rules.kind) as Family;
  const [stance, setStance] = useState<string>(stanceOf(current) ?? "");
  const [reason, setReason] = useState(reasonOf(current) ?? "");
  const [tried, setTried] = useState(false);
  const required = needsReason[family];
  const hasReason = family !== "vote";
  const reasonRequired = !!required && stance === required;
  const reasonKey = family === "sense_check" ? "comment" : "reason";
  const missingStance = !stance;
  const missingReason = reasonRequired && !reason.trim();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missingStance || missingReason) {
      const field = missingStance ? '[name="stance"]' : "#stance-reason";
      document.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    const text = reason.trim();
    onSubmit(hasReason && text ? { stance, [reasonKey]: text } : { stance });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Radio.Group
          name="stance"
          label={t("stanceForm.choose")}
          value={stance}
          onChange={setStance}
          error={tried && missingStance ? t("stanceForm.chooseOne") : undefined}
        >
          <Stack gap="xs" mt="xs">
            {stanceChoices[family].map((s) => (
              <Radio
                key={s}
                value={s}
                label={t(`stance.${family}.${s}.label`)}
                description={t(`stance.${family}.${s}.explain`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {hasReason && (
          <Textarea
            id="stance-reason"
            dir="auto"
            label={t(reasonRequired ? "stanceForm.reasonRequired" : `stanceForm.${reasonKey}`)}
            description={reasonRequired ? t(`stanceForm.reasonWhy.${family}`) : undefined}
            required={reasonRequired}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried && missingReason ? t("stanceForm.reasonMissing") : undefined}
          />
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {current ? t("stanceForm.change") : t("stanceForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
