import { Alert, Button, Collapse, Group, List, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconLock } from "@tabler/icons-react";
import { Link, useRouter } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { ChangePassphrase } from "./ChangePassphrase.tsx";
import { useKeySession, useKeySessionInternals, useMyKeys } from "./key-session.tsx";
import { OrganizationKeysList } from "./OrganizationKeysList.tsx";
import { SafetyNumber } from "./SafetyNumber.tsx";
import { SetKeys } from "./SetKeys.tsx";
import { UnlockKeys } from "./UnlockKeys.tsx";

/** /keys: set, unlock and look after the keys that open confidential records. */
export function KeysPage() {
  const { t } = useTranslation("keys");
  useDocumentTitle(t("title"));
  const me = useMe();
  const mine = useMyKeys();
  const session = useKeySession();
  // Opened with the recovery key: the next step is a new passphrase.
  const [recovered, setRecovered] = useState(false);
  // A page that sent the person here to unlock (`?returnTo=`) gets them back once unlocked,
  // without reloading: a reload would lock the keys again.
  const [returnTo] = useState(() =>
    sameSitePath(new URLSearchParams(location.search).get("returnTo")),
  );
  const history = useRouter().history;
  const [wasLocked, setWasLocked] = useState(false);
  useEffect(() => {
    if (session.state === "locked") setWasLocked(true);
    if (session.state === "unlocked" && wasLocked && returnTo && !recovered) history.push(returnTo);
  }, [session.state, wasLocked, returnTo, recovered, history]);

  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("signInFirst")} />;

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Title order={1}>{t("title")}</Title>
        <Text>{t("lead")}</Text>
      </Stack>
      <FormError error={mine.error} />
      {session.state === "loading" ? (
        mine.error ? null : (
          <PageLoading />
        )
      ) : session.state === "none" ? (
        <SetKeys
          title={t("choose.title")}
          description={t("choose.lead")}
          before={<Explanation />}
        />
      ) : session.state === "locked" ? (
        <UnlockKeys onRecovered={() => setRecovered(true)} />
      ) : (
        <Unlocked
          recovered={recovered}
          returnTo={returnTo}
          onPassphraseSet={() => setRecovered(false)}
        />
      )}
    </Stack>
  );
}

/** What the passphrase protects, in plain words, before anyone chooses one. */
function Explanation() {
  const { t } = useTranslation("keys");
  return (
    <PageSection title={t("explain.title")}>
      <List spacing="xs" size="sm">
        <List.Item>{t("explain.protects")}</List.Item>
        <List.Item>{t("explain.notPassword")}</List.Item>
        <List.Item>{t("explain.serverBlind")}</List.Item>
        <List.Item>{t("explain.recovery")}</List.Item>
      </List>
      <Alert color="red" title={t("explain.lossTitle")}>
        {t("explain.loss")}
      </Alert>
    </PageSection>
  );
}

/** Only a path of this site: never another origin, whatever the address says. */
function sameSitePath(path: string | null): string | null {
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
    ? path
    : null;
}

function Unlocked({
  recovered,
  returnTo,
  onPassphraseSet,
}: {
  recovered: boolean;
  returnTo: string | null;
  onPassphraseSet: () => void;
}) {
  const { t } = useTranslation("keys");
  const session = useKeySessionInternals();
  const [changing, { toggle, close }] = useDisclosure(false);
  const c = session.loaded;
  const person = session.person;
  const number = c && person ? c.safetyNumber(person.boxPublic, person.signPublic) : null;
  return (
    <>
      {recovered && (
        <PageSection title={t("newPassphrase.title")} description={t("newPassphrase.lead")}>
          <ChangePassphrase onDone={onPassphraseSet} />
        </PageSection>
      )}
      <PageSection title={t("unlocked.title")} description={t("unlocked.lead")}>
        {number && (
          <SafetyNumber
            label={t("unlocked.number")}
            description={t("unlocked.numberHint")}
            value={number}
          />
        )}
        <Group gap="sm">
          <Button leftSection={<IconLock size={16} aria-hidden />} onClick={session.lock}>
            {t("unlocked.lock")}
          </Button>
          {returnTo && (
            <Button component={Link} to={returnTo} variant="light">
              {t("unlocked.back")}
            </Button>
          )}
          {!recovered && (
            <Button variant="default" onClick={toggle} aria-expanded={changing}>
              {t("newPassphrase.open")}
            </Button>
          )}
        </Group>
        {!recovered && (
          <Collapse expanded={changing}>{changing && <ChangePassphrase onDone={close} />}</Collapse>
        )}
      </PageSection>
      <OrganizationKeysList />
    </>
  );
}
