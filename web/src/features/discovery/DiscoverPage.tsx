import { Alert, Button, Grid, Stack, Text, Title } from "@mantine/core";
import { IconSearch, IconUsersGroup } from "@tabler/icons-react";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type DiscoveryWeights,
  type Need,
  type Requester,
  defaultWeights,
} from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { useMe } from "../../lib/hooks.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { ButtonLink } from "../../components/Links.tsx";
import { isolate } from "../../lib/bidi.ts";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import {
  type Search,
  type TeamChoice,
  emptyNeed,
  requesterKey,
  useMatches,
  useMyCoalitions,
  useMyOrganizations,
  useNeedDraft,
  useSavedNeed,
  useTeam,
} from "./discovery-data.ts";
import { MatchResults } from "./MatchResults.tsx";
import { NeedFields } from "./NeedFields.tsx";
import { NeedFromText } from "./NeedFromText.tsx";
import { RequesterPicker } from "./RequesterPicker.tsx";
import { SavedNeeds } from "./SavedNeeds.tsx";
import { SuggestionsPanel } from "./SuggestionsPanel.tsx";
import { TeamSection } from "./TeamSection.tsx";
import { WeightsPanel } from "./WeightsPanel.tsx";

const noChoice: TeamChoice = { locked: [], excluded: [] };

/** Field by field: the database may hand a need back with its keys in another order. */
const sameNeed = (a: Need, b: Need) =>
  (Object.keys(a) as (keyof Need)[]).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );

/**
 * Partner discovery: describe a need for one of my organisations or a coalition I am inside,
 * read ranked and explained matches, build the smallest team and invite it into a coalition.
 */
export function DiscoverPage() {
  const { t } = useTranslation("discovery");
  const search = useSearch({ from: "/discover" });
  const navigate = useNavigate({ from: "/discover" });
  const me = useMe();
  const signedIn = !!me.data;
  const organizations = useMyOrganizations(signedIn);
  const coalitions = useMyCoalitions(signedIn);
  const saved = useSavedNeed(signedIn ? search.needId : undefined);
  useDocumentTitle(t("page.title"));

  const requester: Requester | null = search.needId
    ? (saved.data?.requester ?? null)
    : search.organizationId
      ? { organizationId: search.organizationId }
      : search.coalitionId
        ? { coalitionId: search.coalitionId }
        : null;
  const draft = useNeedDraft(requester, signedIn && !search.needId);

  const [need, setNeed] = useState<Need>(emptyNeed);
  const [weights, setWeights] = useState<DiscoveryWeights>(defaultWeights);
  const [filledFrom, setFilledFrom] = useState("");
  const [submitted, setSubmitted] = useState<Search | null>(null);
  const [teamOn, setTeamOn] = useState(false);
  const [choice, setChoice] = useState<TeamChoice>(noChoice);
  const matches = useMatches(submitted);
  const team = useTeam(submitted, choice, teamOn);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const teamRef = useRef<HTMLHeadingElement>(null);

  // The form is filled from what the page opened: a saved need, or the requester's draft.
  // Saving the need on screen reopens it by id; then nothing on screen changes.
  const needNow = useRef(need);
  needNow.current = need;
  const source = search.needId
    ? saved.data && `need:${saved.data.id}:${saved.data.updatedAt}`
    : draft.data && `draft:${requesterKey(draft.data.requester)}`;
  useEffect(() => {
    if (!source || source === filledFrom) return;
    setFilledFrom(source);
    const next = search.needId ? saved.data?.need : draft.data?.need;
    if (!next || sameNeed(next, needNow.current)) return;
    setNeed(next);
    setWeights({ ...defaultWeights, ...(search.needId ? saved.data?.weights : undefined) });
    setSubmitted(null);
    setTeamOn(false);
    setChoice(noChoice);
  }, [source, filledFrom, search.needId, saved.data, draft.data]);

  // Opened without saying for whom: search for my first organisation.
  const firstOrganization = organizations.data?.items[0]?.id;
  const unspecified = !search.needId && !search.organizationId && !search.coalitionId;
  useEffect(() => {
    if (unspecified && firstOrganization) {
      void navigate({ search: { organizationId: firstOrganization }, replace: true });
    }
  }, [unspecified, firstOrganization, navigate]);

  if (me.isPending) return <PageLoading />;
  if (!signedIn) return <SignInFirst message={t("page.signIn")} />;
  if (organizations.isPending) return <PageLoading />;
  if (!organizations.data?.items.length) {
    return (
      <PageMessage
        title={t("page.title")}
        color="blue"
        action={
          <ButtonLink to="/organizations/new" w="fit-content">
            {t("page.createOrganization")}
          </ButtonLink>
        }
      >
        {t("page.noOrganization")}
      </PageMessage>
    );
  }

  const requesterName =
    draft.data?.requesterName ?? (search.needId ? saved.data?.requesterName : undefined) ?? "";
  const loadError = search.needId ? saved.error : draft.error;

  function handleRequester(next: Requester) {
    void navigate({ search: next });
  }

  function handleSearch() {
    if (!requester) return;
    setSubmitted({ need, requester, weights });
    setChoice(noChoice);
    requestAnimationFrame(() => resultsRef.current?.focus());
  }

  function handleWeights(next: DiscoveryWeights) {
    setWeights(next);
    if (submitted) setSubmitted({ ...submitted, weights: next });
  }

  function handleTeam() {
    setTeamOn(true);
    requestAnimationFrame(() => teamRef.current?.focus());
  }

  const hasSomething =
    need.capacities.length + need.issues.length + need.countries.length + need.regions.length > 0;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 34 }}>
          {t("page.title")}
        </Title>
        <Text c="gray.7" maw={720}>
          {t("page.intro")}
        </Text>
      </Stack>
      <RequesterPicker
        value={requester}
        organizations={organizations.data.items}
        coalitions={coalitions.items.filter((c) => c.inside)}
        onChange={handleRequester}
      />
      {loadError ? (
        <FormError error={loadError} />
      ) : !requester || !source ? (
        <PageLoading />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <PageSection
                title={t("need.title")}
                description={
                  requesterName
                    ? "coalitionId" in requester
                      ? t("need.forCoalition", { name: isolate(requesterName) })
                      : t("need.forOrganization", { name: isolate(requesterName) })
                    : undefined
                }
              >
                {draft.data?.charterScope && "coalitionId" in requester && (
                  <CharterScopeNote
                    coalitionId={requester.coalitionId}
                    set={draft.data.charterScope === "set"}
                  />
                )}
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    handleSearch();
                  }}
                >
                  <Stack gap="md">
                    <NeedFromText requester={requester} onFill={setNeed} />
                    <NeedFields need={need} onChange={setNeed} />
                    {!hasSomething && (
                      <Text size="sm" c="gray.7">
                        {t("need.empty")}
                      </Text>
                    )}
                    <Button
                      type="submit"
                      w="fit-content"
                      leftSection={<IconSearch size={16} aria-hidden />}
                      disabled={!hasSomething}
                      loading={matches.isFetching}
                    >
                      {t("need.search")}
                    </Button>
                  </Stack>
                </form>
              </PageSection>
              <PageSection title={t("suggest.title")}>
                <SuggestionsPanel
                  need={need}
                  requester={requester}
                  onAdd={(capacity) =>
                    setNeed((current) =>
                      current.capacities.includes(capacity)
                        ? current
                        : { ...current, capacities: [...current.capacities, capacity] },
                    )
                  }
                />
              </PageSection>
              <PageSection title={t("weights.title")}>
                <WeightsPanel weights={weights} onChange={handleWeights} />
              </PageSection>
              <PageSection title={t("saved.sectionTitle")}>
                <SavedNeeds
                  requester={requester}
                  need={need}
                  weights={weights}
                  current={search.needId ? saved.data : undefined}
                />
              </PageSection>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <section aria-labelledby="discover-results">
                <Stack gap="sm">
                  <Title order={2} size="h3" id="discover-results" ref={resultsRef} tabIndex={-1}>
                    {t("results.title")}
                  </Title>
                  {!submitted ? (
                    <Alert color="gray">{t("results.before")}</Alert>
                  ) : (
                    <MatchResults
                      result={matches.data}
                      error={matches.error}
                      busy={matches.isFetching}
                      requester={submitted.requester}
                      requesterName={requesterName}
                    />
                  )}
                  {submitted && (matches.data?.items.length ?? 0) > 0 && !teamOn && (
                    <Button
                      variant="outline"
                      w="fit-content"
                      leftSection={<IconUsersGroup size={16} aria-hidden />}
                      onClick={handleTeam}
                    >
                      {t("team.build")}
                    </Button>
                  )}
                </Stack>
              </section>
              {submitted && teamOn && (
                <section aria-labelledby="discover-team">
                  <Stack gap="sm">
                    <Title order={2} size="h3" id="discover-team" ref={teamRef} tabIndex={-1}>
                      {t("team.title")}
                    </Title>
                    <Text size="sm" c="gray.7">
                      {t("team.intro")}
                    </Text>
                    {team.isPending ? (
                      <PageLoading />
                    ) : (
                      <TeamSection
                        team={team.data}
                        error={team.error}
                        busy={team.isFetching}
                        choice={choice}
                        onChoice={setChoice}
                      />
                    )}
                  </Stack>
                </section>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

/** A coalition's need starts from its charter's scope; without one there is nothing to lack. */
function CharterScopeNote({ coalitionId, set }: { coalitionId: string; set: boolean }) {
  const { t } = useTranslation("discovery");
  if (set) {
    return (
      <Text size="sm" c="gray.7" mb="sm">
        {t("need.fromScope")}
      </Text>
    );
  }
  return (
    <Alert color="blue" mb="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("need.noScope")}</Text>
        <ButtonLink
          to="/coalitions/$id/charter"
          params={{ id: coalitionId }}
          size="compact-sm"
          variant="light"
        >
          {t("need.setScope")}
        </ButtonLink>
      </Stack>
    </Alert>
  );
}
