import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentInput, RecordView } from "../../../../shared/records/api.ts";
import { type ConsentUse, consentUses } from "../../../../shared/records/fields.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useOwnerPeople, useRecordConsent } from "./record-data.ts";
import { useRecordLabels } from "./record-labels.ts";

type ConsentEvent = NonNullable<RecordView["consents"]>[number];
type ConsentState = ConsentEvent["state"];
const states: readonly ConsentState[] = ["given", "refused", "withdrawn"];

/** What saves one consent event: the readable and the confidential record each have their own. */
export type ConsentMutation = {
  mutate: (body: ConsentInput, options: { onSuccess: () => void }) => void;
  error: unknown;
  isPending: boolean;
};

export const consentColor: Record<ConsentState | "none", string> = {
  given: "teal",
  refused: "red",
  // Orange on its tint is below 4.5:1 for a small badge; grape keeps the contrast.
  withdrawn: "grape",
  none: "gray",
};

/** Newest first, whatever order they came in: the latest event is what stands. */
const newestFirst = (events: readonly ConsentEvent[]) =>
  [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

function ConsentCard({
  use,
  events,
  nameOf,
}: {
  use: ConsentUse;
  events: ConsentEvent[];
  /** Who wrote each event down, where the reader may know the owner's people. */
  nameOf?: (userId: string | null) => string | undefined;
}) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const time = useTimeFormat();
  const latest = events[0];
  const state = latest?.state ?? "none";
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Title order={3} size="h5">
          {labels.consentUse(use)}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color={consentColor[state]} tt="none" radius="sm">
            {labels.consentState(state)}
          </Badge>
          {latest && (
            <Text size="xs" c="gray">
              {t("consent.since", { date: time.absolute(latest.at) })}
            </Text>
          )}
        </Group>
        {events.length > 0 && (
          <List
            size="xs"
            spacing={4}
            aria-label={t("consent.historyOf", { use: labels.consentUse(use) })}
          >
            {events.map((event) => (
              <List.Item key={event.id}>
                <Text span size="xs" fw={600}>
                  {labels.consentState(event.state)}
                </Text>
                {" · "}
                {time.absolute(event.at)}
                {nameOf ? (
                  <Text size="xs" c="gray.7">
                    {event.givenBy && (
                      <>
                        <span dir="auto">{t("consent.givenByName", { name: event.givenBy })}</span>
                        {" · "}
                      </>
                    )}
                    {t("consent.recordedBy", {
                      name: nameOf(event.recordedBy) ?? t("consent.someone"),
                    })}
                  </Text>
                ) : (
                  event.givenBy && (
                    <Text size="xs" c="gray.7" dir="auto">
                      {t("consent.givenByName", { name: event.givenBy })}
                    </Text>
                  )
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/** Records consent given, refused or withdrawn for one use, in the words of who gave it. */
function ConsentForm({
  consent,
  warnEndsGrants,
}: {
  consent: ConsentMutation;
  warnEndsGrants: boolean;
}) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const [use, setUse] = useState<ConsentUse>("named_partners");
  const [state, setState] = useState<ConsentState>("given");
  const [givenBy, setGivenBy] = useState("");
  const headingId = useId();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const by = givenBy.trim();
    consent.mutate(
      { use, state, ...(by ? { givenBy: by } : {}) },
      {
        onSuccess: () => {
          setGivenBy("");
          notify({
            color: "teal",
            message: t("consent.saved", {
              use: labels.consentUse(use),
              state: labels.consentState(state),
            }),
          });
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} aria-labelledby={headingId} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t("consent.formTitle")}
        </Title>
        <NativeSelect
          label={t("consent.use")}
          value={use}
          onChange={(e) => setUse(e.currentTarget.value as ConsentUse)}
          data={consentUses.map((u) => ({ value: u, label: labels.consentUse(u) }))}
          maw={420}
        />
        <Radio.Group
          label={t("consent.state")}
          value={state}
          onChange={(value) => setState(value as ConsentState)}
        >
          <Group gap="md" mt={6} wrap="wrap">
            {states.map((s) => (
              <Radio key={s} value={s} label={labels.consentState(s)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t("consent.givenBy")}
          description={t("consent.givenByHint")}
          value={givenBy}
          onChange={(e) => setGivenBy(e.currentTarget.value)}
          maxLength={200}
          maw={420}
          dir="auto"
        />
        {warnEndsGrants && state !== "given" && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            styles={{ message: { color: "var(--mantine-color-text)" } }}
          >
            {t("consent.endsGrants", { use: labels.consentUse(use) })}
          </Alert>
        )}
        <FormError error={consent.error} />
        <Group>
          <Button type="submit" loading={consent.isPending}>
            {t("consent.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Consent per use: what stands now (the latest event), and every event before it with who
 * gave it (and, where `nameOf` is given, who wrote it down); below, the form to record one for
 * those who may. Readable and confidential records alike: the server keeps consent in the clear.
 */
export function ConsentSection({
  consents,
  mayRecord,
  consent,
  nameOf,
  warnEndsGrants = false,
}: {
  consents: readonly ConsentEvent[];
  mayRecord: boolean;
  consent: ConsentMutation;
  nameOf?: (userId: string | null) => string | undefined;
  /** Say, before a refusal or withdrawal is recorded, that it ends the grants needing it. */
  warnEndsGrants?: boolean;
}) {
  const { t } = useTranslation("record");
  const events = newestFirst(consents);
  return (
    <PageSection title={t("consent.title")} description={t("consent.intro")}>
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing="sm"
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: "none" }}
      >
        {consentUses.map((use) => (
          <ConsentCard
            key={use}
            use={use}
            events={events.filter((e) => e.use === use)}
            nameOf={nameOf}
          />
        ))}
      </SimpleGrid>
      {mayRecord && <ConsentForm consent={consent} warnEndsGrants={warnEndsGrants} />}
    </PageSection>
  );
}

/** A readable record's consent, naming who recorded each event. */
export function RecordConsent({ record }: { record: RecordView }) {
  const nameOf = useOwnerPeople(record.ownerOrganizationId, true);
  const consent = useRecordConsent(record);
  return (
    <ConsentSection
      consents={record.consents ?? []}
      mayRecord={record.may.consent}
      consent={consent}
      nameOf={nameOf}
      warnEndsGrants
    />
  );
}
