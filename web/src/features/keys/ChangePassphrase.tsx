import { Button, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { notify } from "../../lib/notify.ts";
import { loadCrypto, myKeysKey, useKeySessionInternals, useMyKeys } from "./key-session.tsx";
import { usePassphraseChoice } from "./PassphraseFields.tsx";

/**
 * The same keys wrapped under a new passphrase; the recovery key's wrapping stays as it is, so
 * the recovery key the person kept still works.
 */
export function ChangePassphrase({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation("keys");
  const session = useKeySessionInternals();
  const mine = useMyKeys();
  const queryClient = useQueryClient();
  const choice = usePassphraseChoice();
  const change = useMutation({
    mutationFn: async () => {
      const passphrase = await choice.check();
      const kept = mine.data?.keys;
      if (!passphrase || !kept || !session.person || !session.userId) return false;
      const c = await loadCrypto();
      await new Promise((resolve) => setTimeout(resolve, 16));
      const saved = await api.PUT("/api/v1/me/keys", {
        body: {
          boxPublicKey: kept.boxPublicKey,
          signPublicKey: kept.signPublicKey,
          passphrase: c.wrapWithPassphrase(
            session.person,
            passphrase,
            session.userId,
            c.defaultKdf,
          ),
          recovery: kept.recovery,
        },
      });
      queryClient.setQueryData(myKeysKey(session.userId), saved);
      return true;
    },
    onSuccess: (changed) => {
      if (!changed) return;
      choice.reset();
      notify({ color: "teal", message: t("newPassphrase.done") });
      onDone?.();
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate();
      }}
    >
      <Stack gap="sm" maw={480}>
        {choice.fields}
        <FormError error={change.error} />
        <Button type="submit" w="fit-content" loading={change.isPending}>
          {t("newPassphrase.submit")}
        </Button>
      </Stack>
    </form>
  );
}
