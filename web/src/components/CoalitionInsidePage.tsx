import { Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type CoalitionAccess, useCoalitionAccess } from "../lib/coalition-access.ts";
import { isolate } from "../lib/bidi.ts";
import { AnchorLink } from "./Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "./PageStates.tsx";
import { CoalitionLoadFailure } from "./CoalitionLoadFailure.tsx";
import { useDocumentTitle } from "../lib/page.ts";

/**
 * A coalition page for those inside it: it waits for the coalition, asks to sign in, says
 * why it could not load or that the reader is not inside, and otherwise shows the way back
 * to the coalition, the page's title and then its content.
 */
export function CoalitionInsidePage({
  id,
  ns,
  titleKey,
  headingKey,
  signInFirstKey = "list.signInFirst",
  notInsideKey = "list.notInside",
  backToKey = "page.backTo",
  intro,
  children,
}: {
  id: string;
  /** The page's namespace, which holds its texts (the coalitions namespace is loaded too). */
  ns: "meetings" | "discussions" | "statements" | "risk";
  /** The page's title, given the coalition's `name`. */
  titleKey: string;
  /** The heading of the message to those not inside. */
  headingKey: string;
  signInFirstKey?: string;
  notInsideKey?: string;
  backToKey?: string;
  /** What the page is for, under its title. */
  intro?: (access: CoalitionAccess) => ReactNode;
  children: (access: CoalitionAccess) => ReactNode;
}) {
  const { t } = useTranslation([ns, "coalitions"]);
  const { me, isPending, error, access } = useCoalitionAccess(id);
  useDocumentTitle(access ? t(titleKey, { name: access.coalition.name }) : undefined);

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t(signInFirstKey)} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t(backToKey, { name: isolate(access.coalition.name) })}
    </AnchorLink>
  );
  if (!access.inside) {
    return (
      <PageMessage title={t(headingKey)} color="blue" action={back}>
        {t(notInsideKey)}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t(titleKey, { name: isolate(access.coalition.name) })}
        </Title>
        {intro && (
          <Text c="gray.7" mt="xs">
            {intro(access)}
          </Text>
        )}
      </div>
      {children(access)}
    </Stack>
  );
}
