import { PasswordInput, Progress, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PasswordOwner } from "../../../../shared/password-strength.ts";
import { useMe } from "../../lib/hooks.ts";
import { usePasswordVerdict } from "../auth/PasswordStrengthMeter.tsx";

const colors = ["red", "red", "orange", "teal", "green"] as const;

/**
 * A new passphrase, typed twice, judged by the same rule as sign-in passwords (at least ten
 * characters and zxcvbn's "safely unguessable", checked against the person's name and email).
 * `check()` answers the passphrase when it is acceptable, and shows why not otherwise.
 */
export function usePassphraseChoice() {
  const { t } = useTranslation(["keys", "auth"]);
  const { data: me } = useMe();
  const owner: PasswordOwner = { email: me?.email, name: me?.name };
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<{ passphrase?: string; repeat?: string }>({});
  const verdict = usePasswordVerdict(passphrase, owner);

  async function check(): Promise<string | null> {
    const { judgePassword } = await import("../../../../shared/password-strength.ts");
    const judged = judgePassword(passphrase, owner);
    const found = {
      passphrase: judged.acceptable
        ? undefined
        : [t("choose.tooWeak"), judged.reason ? t(`auth:strength.reason.${judged.reason}`) : ""]
            .filter(Boolean)
            .join(" "),
      repeat: repeat === passphrase ? undefined : t("choose.mismatch"),
    };
    setProblem(found);
    return found.passphrase || found.repeat ? null : passphrase;
  }

  const level = verdict ? t(`auth:strength.level.${verdict.score}`) : "";
  const why = verdict?.reason
    ? [
        t(`auth:strength.reason.${verdict.reason}`),
        ...verdict.suggestions.slice(0, 1).map((s) => t(`auth:strength.suggestion.${s}`)),
      ].join(" ")
    : "";

  const fields = (
    <>
      <div>
        <PasswordInput
          label={t("choose.passphrase")}
          description={t("choose.passphraseHint")}
          autoComplete="new-password"
          required
          value={passphrase}
          error={problem.passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <Stack gap={4} mt={6}>
          {verdict && (
            <Progress
              value={(verdict.score + 1) * 20}
              color={colors[verdict.score]}
              size="sm"
              aria-label={t("choose.strength")}
            />
          )}
          <Text
            size="xs"
            c={verdict && !verdict.acceptable ? "red.8" : "dimmed"}
            aria-live="polite"
          >
            {verdict && [t("choose.strengthSummary", { level }), why].filter(Boolean).join(" ")}
          </Text>
        </Stack>
      </div>
      <PasswordInput
        label={t("choose.repeat")}
        autoComplete="new-password"
        required
        value={repeat}
        error={problem.repeat}
        onChange={(event) => setRepeat(event.currentTarget.value)}
      />
    </>
  );

  return {
    fields,
    check,
    reset() {
      setPassphrase("");
      setRepeat("");
      setProblem({});
    },
  };
}
