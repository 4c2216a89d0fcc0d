import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useClipboard } from "@mantine/hooks";
import { IconCopy, IconPrinter } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PersonKeys, Wrapped } from "../../../../shared/crypto/person-keys.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { api } from "../../lib/api.ts";
import { notify } from "../../lib/notify.ts";
import { loadCrypto, myKeysKey, useKeySessionInternals } from "./key-session.tsx";
import { usePassphraseChoice } from "./PassphraseFields.tsx";
import classes from "./keys.module.css";

type Prepared = {
  keys: PersonKeys;
  passphrase: Wrapped;
  recovery: Wrapped;
  recoveryText: string;
};

/**
 * New keys: a passphrase chosen, then the recovery key shown once; nothing reaches the server
 * until the person says they kept the recovery key. With `reset`, the new keys replace the
 * ones kept (and every organisation key sealed to them is dropped).
 */
export function SetKeys({
  reset = false,
  title,
  description,
  before,
  after,
}: {
  reset?: boolean;
  /** The section around the passphrase step; the recovery key step has its own. */
  title: string;
  description?: ReactNode;
  /** Shown above the passphrase step only (what it protects, or the reset's warning). */
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation("keys");
  const session = useKeySessionInternals();
  const queryClient = useQueryClient();
  const choice = usePassphraseChoice();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [kept, setKept] = useState(false);

  const prepare = useMutation({
    mutationFn: async () => {
      const passphrase = await choice.check();
      if (!passphrase || !session.userId) return;
      const c = await loadCrypto();
      // Let the button show it is working: Argon2id holds the thread for a moment.
      await new Promise((resolve) => setTimeout(resolve, 16));
      const keys = c.makePersonKeys();
      const recovery = c.makeRecoveryKey();
      setPrepared({
        keys,
        passphrase: c.wrapWithPassphrase(keys, passphrase, session.userId, c.defaultKdf),
        recovery: c.wrapWithRecoveryKey(keys, recovery.key, session.userId),
        recoveryText: recovery.text,
      });
      recovery.key.fill(0);
      choice.reset();
    },
  });

  const save = useMutation({
    mutationFn: async (ready: Prepared) => {
      const c = await loadCrypto();
      return api.PUT("/api/v1/me/keys", {
        body: {
          boxPublicKey: c.b64(ready.keys.boxPublic),
          signPublicKey: c.b64(ready.keys.signPublic),
          passphrase: ready.passphrase,
          recovery: ready.recovery,
          reset,
        },
      });
    },
    onSuccess: (saved, ready) => {
      queryClient.setQueryData(myKeysKey(session.userId ?? undefined), saved);
      void queryClient.invalidateQueries({ queryKey: ["keys", "organization"] });
      session.adopt(ready.keys);
      notify({ color: "teal", message: t(reset ? "choose.resetDone" : "choose.done") });
    },
  });

  if (prepared) {
    return (
      <Stack gap="md">
        <RecoveryKeyCard text={prepared.recoveryText} />
        <Checkbox
          className={classes.noPrint}
          label={t("recovery.kept")}
          checked={kept}
          onChange={(event) => setKept(event.currentTarget.checked)}
        />
        <FormError error={save.error} />
        <Button
          className={classes.noPrint}
          w="fit-content"
          color={reset ? "red" : undefined}
          disabled={!kept}
          loading={save.isPending}
          onClick={() => save.mutate(prepared)}
        >
          {t(reset ? "recovery.finishReset" : "recovery.finish")}
        </Button>
      </Stack>
    );
  }

  return (
    <>
      {before}
      <PageSection title={title} description={description}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            prepare.mutate();
          }}
        >
          <Stack gap="sm" maw={480}>
            {choice.fields}
            <FormError error={prepare.error} />
            <Button
              type="submit"
              w="fit-content"
              color={reset ? "red" : undefined}
              loading={prepare.isPending}
            >
              {t("choose.continue")}
            </Button>
          </Stack>
        </form>
        {after}
      </PageSection>
    </>
  );
}

/** The recovery key, shown this once, with ways to keep it. */
function RecoveryKeyCard({ text }: { text: string }) {
  const { t } = useTranslation("keys");
  const clipboard = useClipboard({ timeout: 4000 });
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the person submitted is gone: take keyboard and screen reader focus to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-labelledby={titleId}
      className={classes.printable}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id={titleId} ref={heading} tabIndex={-1}>
          {t("recovery.title")}
        </Title>
        <Text size="sm">{t("recovery.body")}</Text>
        <Alert color="yellow" className={classes.noPrint}>
          {t("recovery.once")}
        </Alert>
        <Text dir="ltr" className={classes.recoveryKey} data-testid="recovery-key">
          {text.split("-").join(" ")}
        </Text>
        <Group gap="sm" className={classes.noPrint}>
          <Button
            variant="default"
            leftSection={<IconCopy size={16} aria-hidden />}
            onClick={() => clipboard.copy(text)}
          >
            {clipboard.copied ? t("recovery.copied") : t("recovery.copy")}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
          >
            {t("recovery.print")}
          </Button>
        </Group>
        {clipboard.error && (
          <Text size="sm" c="red.8" role="alert">
            {t("recovery.copyFailed")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
