import { Button, SegmentedControl, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { AuthCard } from "./AuthCard.tsx";
import { unwrap } from "../../lib/auth-client.ts";
import { takeReturnTo } from "../../lib/return-to.ts";

export function SecondFactorPage() {
  const { t } = useTranslation("auth");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<"totp" | "recovery">("totp");
  const [code, setCode] = useState("");
  const verify = useMutation({
    mutationFn: async () =>
      unwrap(
        mode === "totp"
          ? await authClient.twoFactor.verifyTotp({ code: code.trim() })
          : await authClient.twoFactor.verifyBackupCode({ code: code.trim() }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      await navigate({ href: takeReturnTo() });
    },
  });
  return (
    <AuthCard title={t("secondFactorTitle")}>
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as "totp" | "recovery")}
        data={[
          { value: "totp", label: t("authenticatorCode") },
          { value: "recovery", label: t("recoveryCode") },
        ]}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          verify.mutate();
        }}
      >
        <TextInput
          label={mode === "totp" ? t("authenticatorCode") : t("recoveryCode")}
          autoComplete="one-time-code"
          inputMode={mode === "totp" ? "numeric" : "text"}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          required
          mb="md"
        />
        <FormError error={verify.error ? new Error(t("codeRejected")) : null} />
        <Button type="submit" loading={verify.isPending} fullWidth mt="sm">
          {t("verify")}
        </Button>
      </form>
    </AuthCard>
  );
}
