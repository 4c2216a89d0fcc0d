import {
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
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConfidentialRecordView } from "../../../../shared/records/confidential-api.ts";
import { type ConsentUse, consentUses } from "../../../../shared/records/fields.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useRecordLabels } from "../records/record-labels.ts";
import { consentColor } from "../records/record-view-consent.tsx";
import { useConfidentialConsent } from "./confidential-data.ts";

type ConsentEvent = NonNullable<ConfidentialRecordView["consents"]>[number];
type ConsentState = ConsentEvent["state"];
const states: readonly ConsentState[] = ["given", "refused", "withdrawn"];

/**
 * Consent per use, as for any record: the server keeps these in the clear (they say nothing of
 * the content) and ends grants that needed a consent refused or withdrawn.
 */
export function ConfidentialConsent({ record }: { record: ConfidentialRecordView }) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const time = useTimeFormat();
  const consent = useConfidentialConsent(record.id);
  const [use, setUse] = useState<ConsentUse>("named_partners");
  const [state, setState] = useState<ConsentState>("given");
  const [givenBy, setGivenBy] = useState("");
  const headingId = useId();
  const events = [...(record.consents ?? [])].sort((a, b) => (a.at < b.at ? 1 : -1));

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
    <PageSection title={t("consent.title")} description={t("consent.intro")}>
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing="sm"
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: "none" }}
      >
        {consentUses.map((u) => {
          const history = events.filter((e) => e.use === u);
          const latest = history[0];
          return (
            <Paper withBorder p="sm" component="li" key={u}>
              <Stack gap={6}>
                <Title order={3} size="h5">
                  {labels.consentUse(u)}
                </Title>
                <Group gap="xs" wrap="wrap">
                  <Badge
                    variant="light"
                    color={consentColor[latest?.state ?? "none"]}
                    tt="none"
                    radius="sm"
                  >
                    {labels.consentState(latest?.state ?? "none")}
                  </Badge>
                  {latest && (
                    <Text size="xs" c="gray">
                      {t("consent.since", { date: time.absolute(latest.at) })}
                    </Text>
                  )}
                </Group>
                {history.length > 0 && (
                  <List
                    size="xs"
                    spacing={4}
                    aria-label={t("consent.historyOf", { use: labels.consentUse(u) })}
                  >
                    {history.map((e) => (
                      <List.Item key={e.id}>
                        <Text span size="xs" fw={600}>
                          {labels.consentState(e.state)}
                        </Text>
                        {" · "}
                        {time.absolute(e.at)}
                        {e.givenBy && (
                          <Text size="xs" c="gray.7" dir="auto">
                            {t("consent.givenByName", { name: e.givenBy })}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {record.may.consent && (
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
            <FormError error={consent.error} />
            <Group>
              <Button type="submit" loading={consent.isPending}>
                {t("consent.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </PageSection>
  );
}
