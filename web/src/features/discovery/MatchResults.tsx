import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MatchResult, Requester } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { useTermLabel } from "../../lib/hooks.ts";
import { isolate } from "../../lib/bidi.ts";
import { PageLoading } from "../../components/PageStates.tsx";
import { listOf } from "./explain.ts";
import { MatchCard } from "./MatchCard.tsx";

/** The best are shown first; the rest on request, so the team stays within reach below. */
const shownFirst = 8;

/** The ranked matches, with how many were considered and what the requester already has. */
export function MatchResults({
  result,
  error,
  busy,
  requester,
  requesterName,
}: {
  result: MatchResult | undefined;
  error: unknown;
  busy: boolean;
  requester: Requester;
  requesterName: string;
}) {
  const { t, i18n } = useTranslation("discovery");
  const label = useTermLabel();
  const [all, setAll] = useState(false);
  if (error) return <FormError error={error} />;
  if (!result) return <PageLoading />;
  const held = result.requester.capacities;
  return (
    <Stack gap="sm" aria-busy={busy}>
      <Text size="sm" c="gray.7" role="status">
        {t("results.considered", { count: result.considered, shown: result.items.length })}
      </Text>
      {held.length > 0 && requesterName && (
        <Text size="sm" c="gray.7">
          {t("results.alreadyHas", {
            name: isolate(requesterName),
            list: listOf(
              held.map((k) => isolate(label("capacity", k))),
              i18n.language,
            ),
          })}
        </Text>
      )}
      {result.items.length === 0 ? (
        <Alert color="gray">{t("results.none")}</Alert>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {(all ? result.items : result.items.slice(0, shownFirst)).map((match, index) => (
            <MatchCard
              key={match.organization.id}
              match={match}
              rank={index + 1}
              requester={requester}
            />
          ))}
        </Stack>
      )}
      {!all && result.items.length > shownFirst && (
        <Button variant="subtle" w="fit-content" onClick={() => setAll(true)}>
          {t("results.showAll", { count: result.items.length })}
        </Button>
      )}
    </Stack>
  );
}
