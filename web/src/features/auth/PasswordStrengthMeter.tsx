import { Progress, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PasswordOwner, PasswordVerdict } from "../../../../shared/password-strength.ts";

type Rule = typeof import("../../../../shared/password-strength.ts");
let rule: Promise<Rule> | null = null;
// zxcvbn and its dictionaries weigh megabytes: loaded on first use, never in the first bundle.
const loadRule = () => (rule ??= import("../../../../shared/password-strength.ts"));

/** The shared rule's verdict on a password, judged a moment after the typing stops. */
export function usePasswordVerdict(password: string, owner: PasswordOwner) {
  const [debounced] = useDebouncedValue(password, 200);
  const [verdict, setVerdict] = useState<{ password: string; verdict: PasswordVerdict } | null>(
    null,
  );
  const { email, name } = owner;
  useEffect(() => {
    if (!debounced) return;
    let current = true;
    void loadRule().then(({ judgePassword }) => {
      if (current)
        setVerdict({ password: debounced, verdict: judgePassword(debounced, { email, name }) });
    });
    return () => {
      current = false;
    };
  }, [debounced, email, name]);
  // A verdict on an earlier password is not shown once the field is emptied.
  return password && verdict ? verdict.verdict : null;
}

const colors = ["red", "red", "orange", "teal", "green"] as const;

/** A bar and a sentence saying how strong the new password is, and why it is not strong enough. */
export function PasswordStrengthMeter({
  password,
  owner,
}: {
  password: string;
  owner: PasswordOwner;
}) {
  const { t } = useTranslation("auth");
  const verdict = usePasswordVerdict(password, owner);
  const level = verdict ? t(`strength.level.${verdict.score}`) : "";
  const why = verdict?.reason
    ? [
        t(`strength.reason.${verdict.reason}`),
        ...verdict.suggestions.slice(0, 1).map((s) => t(`strength.suggestion.${s}`)),
      ].join(" ")
    : "";
  return (
    <Stack gap={4} mt={6} data-testid="password-strength">
      {verdict && (
        <Progress
          value={(verdict.score + 1) * 20}
          color={colors[verdict.score]}
          size="sm"
          aria-label={t("strength.label")}
        />
      )}
      <Text size="xs" c={verdict && !verdict.acceptable ? "red.8" : "dimmed"} aria-live="polite">
        {verdict && [t("strength.summary", { level }), why].filter(Boolean).join(" ")}
      </Text>
    </Stack>
  );
}
