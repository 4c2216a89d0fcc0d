import {
  Alert,
  Button,
  MultiSelect,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ThreadInput } from "../../../../shared/discussions.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { notify } from "../../lib/notify.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { type CoalitionAccess, useCoalitionAccess } from "../../lib/coalition-access.ts";
import { threadSight } from "../../../../shared/policy/coalition.ts";
import { isolate } from "../../lib/bidi.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { CommentForm, type CommentDraft } from "./CommentForm.tsx";
import { useCreateThread } from "./discussion-data.ts";

type Kind = "discussion" | "concern";

function ConcernFields({
  access,
  openingFor,
  onChange,
  values,
  tried,
}: {
  access: CoalitionAccess;
  openingFor: string;
  values: {
    problem: LocalizedText;
    endGoal: LocalizedText;
    allies: LocalizedText;
    participants: string[];
  };
  onChange: (patch: Partial<typeof values>) => void;
  tried: boolean;
}) {
  const { t } = useTranslation("discussions");
  return (
    <FormSection title={t("create.concernSection")} description={t("create.concernSectionHint")}>
      <LocalizedTextInput
        label={t("concern.problem")}
        description={t("create.problemHint")}
        value={values.problem}
        onChange={(problem) => onChange({ problem })}
        maxLength={4000}
        rows={3}
        error={tried && !cleanText(values.problem) ? t("create.problemMissing") : undefined}
      />
      <LocalizedTextInput
        label={t("concern.endGoal")}
        description={t("create.endGoalHint")}
        value={values.endGoal}
        onChange={(endGoal) => onChange({ endGoal })}
        maxLength={4000}
        rows={2}
        error={tried && !cleanText(values.endGoal) ? t("create.endGoalMissing") : undefined}
      />
      <LocalizedTextInput
        label={t("concern.potentialAllies")}
        description={t("create.alliesHint")}
        value={values.allies}
        onChange={(allies) => onChange({ allies })}
        maxLength={4000}
        rows={2}
      />
      <MultiSelect
        label={t("create.participants")}
        description={t("create.participantsHint")}
        data={access.members
          .filter(
            (m) => m.organizationId !== openingFor && !access.convenerSideIds.has(m.organizationId),
          )
          .map((m) => ({ value: m.organizationId, label: m.name }))}
        value={values.participants}
        onChange={(participants) => onChange({ participants })}
        searchable
        nothingFoundMessage={t("form.mentionNone")}
      />
    </FormSection>
  );
}

function ThreadForm({ access, kind }: { access: CoalitionAccess; kind: Kind }) {
  const { t, i18n } = useTranslation("discussions");
  const navigate = useNavigate();
  const coalitionId = access.coalition.id;
  const create = useCreateThread(coalitionId);
  const blank = (): LocalizedText => ({ original: i18n.language, texts: {} });
  const [organizationId, setOrganizationId] = useState(access.speakFor[0]?.organizationId ?? "");
  const [title, setTitle] = useState("");
  const [concern, setConcern] = useState({
    problem: blank(),
    endGoal: blank(),
    allies: blank(),
    participants: [] as string[],
  });
  const [tried, setTried] = useState(false);
  const concernMissing =
    kind === "concern" && (!cleanText(concern.problem) || !cleanText(concern.endGoal));
  const titleMissing = title.trim().length < 3;

  async function submit(first: CommentDraft | null) {
    setTried(true);
    if (titleMissing || concernMissing) {
      focusFirstInvalid();
      return false;
    }
    const allies = cleanText(concern.allies);
    const body: ThreadInput = {
      organizationId,
      kind,
      title: title.trim(),
      ...(kind === "concern"
        ? {
            concern: {
              problem: cleanText(concern.problem) ?? blank(),
              endGoal: cleanText(concern.endGoal) ?? blank(),
              ...(allies ? { potentialAllies: allies } : {}),
              participants: concern.participants,
            },
          }
        : {}),
      ...(first ? { comment: { text: first.text, mentions: first.mentions } } : {}),
    };
    try {
      const thread = await create.mutateAsync(body);
      notify({ color: "teal", message: t(`create.created.${kind}`) });
      await navigate({ to: "/threads/$id", params: { id: thread.id } });
      return true;
    } catch {
      return false;
    }
  }

  // Mentions in the first comment are checked against who will see the thread.
  const sight = threadSight({
    kind,
    openedFor: organizationId,
    participantIds: concern.participants,
    convenerSideIds: [...access.convenerSideIds],
  });
  const mentionable = access.members.filter((m) => !sight || sight.has(m.organizationId));

  return (
    <Stack gap="lg">
      <FormSection title={t("create.aboutSection")}>
        {access.speakFor.length > 1 && (
          <NativeSelect
            label={t("create.openFor")}
            value={organizationId}
            onChange={(event) => setOrganizationId(event.currentTarget.value)}
            data={access.speakFor.map((o) => ({ value: o.organizationId, label: o.name }))}
          />
        )}
        <TextInput
          label={t("create.title")}
          description={t(`create.titleHint.${kind}`)}
          dir="auto"
          required
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={tried && titleMissing ? t("create.titleMissing", { n: 3 }) : undefined}
        />
      </FormSection>
      {kind === "concern" && (
        <ConcernFields
          access={access}
          openingFor={organizationId}
          values={concern}
          onChange={(patch) => setConcern((c) => ({ ...c, ...patch }))}
          tried={tried}
        />
      )}
      <FormSection
        title={t("create.firstComment")}
        description={t(`create.firstCommentHint.${kind}`)}
      >
        {tried && (titleMissing || concernMissing) && (
          <Alert color="red" role="alert">
            {t("create.summary")}
          </Alert>
        )}
        <FormError error={create.error} />
        <CommentForm
          label={t("create.firstCommentLabel")}
          submitLabel={t(`create.submit.${kind}`)}
          speakers={[]}
          mentionable={mentionable}
          pending={create.isPending}
          error={null}
          onSubmit={(draft) => submit(draft)}
          extra={
            <>
              <ButtonLink variant="default" to="/coalitions/$id" params={{ id: coalitionId }}>
                {t("common:actions.cancel")}
              </ButtonLink>
              {kind === "concern" && (
                <Button
                  variant="outline"
                  loading={create.isPending}
                  onClick={() => void submit(null)}
                >
                  {t("create.submitWithoutComment")}
                </Button>
              )}
            </>
          }
        />
      </FormSection>
    </Stack>
  );
}

/** Opening a discussion, or raising a concern seen only by those it names and the convener side. */
export function ThreadCreatePage() {
  const { t } = useTranslation("discussions");
  const { id } = useParams({ from: "/coalitions/$id/threads/new" });
  const { kind } = useSearch({ from: "/coalitions/$id/threads/new" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  useDocumentTitle(t(`create.pageTitle.${kind}`));

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("create.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("page.backTo", { name: isolate(access.coalition.name) })}
    </AnchorLink>
  );
  if (access.speakFor.length === 0) {
    return (
      <PageMessage title={t(`create.pageTitle.${kind}`)} color="blue" action={back}>
        {t("create.noVoice")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs">
          {t(`create.pageTitle.${kind}`)}
        </Title>
        <Text c="dimmed" mt="xs">
          {t(`create.intro.${kind}`, { name: isolate(access.coalition.name) })}
        </Text>
      </div>
      <ThreadForm key={kind} access={access} kind={kind} />
    </Stack>
  );
}
