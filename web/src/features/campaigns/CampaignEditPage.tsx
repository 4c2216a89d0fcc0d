import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useCoalitionList } from "../../lib/coalition-data.ts";
import { useForm } from "@mantine/form";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Campaign, PublishedParts } from "../../../../shared/campaigns/core.ts";
import { campaignStatuses } from "../../../../shared/campaigns/catalogue.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { FormSection } from "../../components/FormSection.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { PageMessage } from "../../components/PageStates.tsx";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { CampaignShell } from "./CampaignShell.tsx";
import { useUpdateCampaign } from "./campaign-data.ts";

const parts: (keyof PublishedParts)[] = [
  "goal",
  "problem",
  "objectives",
  "outcomes",
  "organizations",
];
const noParts: PublishedParts = {
  goal: false,
  problem: false,
  objectives: false,
  outcomes: false,
  organizations: false,
};

type Values = {
  title: LocalizedText;
  problem: LocalizedText;
  theoryOfChange: LocalizedText;
  goal: LocalizedText;
  startsOn: string;
  endsOn: string;
  status: Campaign["status"];
  fundMonitor: string;
  publish: boolean;
  parts: PublishedParts;
};

function EditForm({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation("campaigns");
  const navigate = useNavigate();
  const update = useUpdateCampaign(campaign.id);
  const text = (value: LocalizedText | null) =>
    value ?? { original: i18n.language, texts: { [i18n.language]: "" } };
  const form = useForm<Values>({
    initialValues: {
      title: campaign.title,
      problem: text(campaign.problem),
      theoryOfChange: text(campaign.theoryOfChange),
      goal: text(campaign.goal),
      startsOn: campaign.startsOn ?? "",
      endsOn: campaign.endsOn ?? "",
      status: campaign.status,
      fundMonitor: campaign.fundMonitor?.kind === "organization" ? campaign.fundMonitor.id : "",
      publish: !!campaign.publishedParts,
      // Nothing is published until chosen: the safe default at the moment of choice.
      parts: campaign.publishedParts ?? noParts,
    },
    validate: {
      title: (value) => (cleanText(value) ? null : t("form.validation.title")),
      endsOn: (value, values) =>
        value && values.startsOn && value < values.startsOn ? t("form.validation.endsOn") : null,
    },
  });
  const submit = form.onSubmit((values) => {
    const title = cleanText(values.title);
    if (!title) return;
    update.mutate(
      {
        title,
        problem: cleanText(values.problem) ?? null,
        theoryOfChange: cleanText(values.theoryOfChange) ?? null,
        goal: cleanText(values.goal) ?? null,
        startsOn: values.startsOn || null,
        endsOn: values.endsOn || null,
        status: values.status,
        fundMonitor: values.fundMonitor
          ? { kind: "organization", id: values.fundMonitor }
          : campaign.fundMonitor?.kind === "person"
            ? undefined
            : null,
        publishedParts: values.publish ? values.parts : null,
      },
      {
        onSuccess: async () => {
          notify({ color: "teal", message: t("form.saved") });
          await navigate({ to: "/campaigns/$id", params: { id: campaign.id } });
        },
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg">
        <FormSection title={t("form.sections.plan")}>
          <LocalizedTextInput
            label={t("form.title")}
            description={t("form.titleHint")}
            value={form.values.title}
            onChange={(value) => form.setFieldValue("title", value)}
            maxLength={200}
            rows={1}
            error={form.errors.title}
          />
          <LocalizedTextInput
            label={t("form.problem")}
            description={t("form.problemHint")}
            value={form.values.problem}
            onChange={(value) => form.setFieldValue("problem", value)}
            maxLength={10000}
            rows={4}
          />
          <LocalizedTextInput
            label={t("form.theoryOfChange")}
            description={t("form.theoryOfChangeHint")}
            value={form.values.theoryOfChange}
            onChange={(value) => form.setFieldValue("theoryOfChange", value)}
            maxLength={10000}
            rows={4}
          />
          <LocalizedTextInput
            label={t("form.goal")}
            description={t("form.goalHint")}
            value={form.values.goal}
            onChange={(value) => form.setFieldValue("goal", value)}
            maxLength={2000}
            rows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t("form.startsOn")} {...form.getInputProps("startsOn")} />
            <TextInput type="date" label={t("form.endsOn")} {...form.getInputProps("endsOn")} />
            <NativeSelect
              label={t("form.status")}
              data={campaignStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              {...form.getInputProps("status")}
            />
          </SimpleGrid>
        </FormSection>
        <FormSection title={t("form.sections.money")} description={t("form.fundMonitorHint")}>
          <NativeSelect
            label={t("form.fundMonitor")}
            data={[
              { value: "", label: t("form.noFundMonitor") },
              ...campaign.organizations.map((o) => ({ value: o.organizationId, label: o.name })),
            ]}
            {...form.getInputProps("fundMonitor")}
          />
        </FormSection>
        <FormSection title={t("form.sections.public")} description={t("form.publicHint")}>
          <Checkbox
            label={t("form.publish")}
            {...form.getInputProps("publish", { type: "checkbox" })}
          />
          {form.values.publish && (
            <Stack gap={6} role="group" aria-label={t("form.publishParts")}>
              {parts.map((part) => (
                <Checkbox
                  key={part}
                  label={t(`form.part.${part}`)}
                  {...form.getInputProps(`parts.${part}`, { type: "checkbox" })}
                />
              ))}
            </Stack>
          )}
        </FormSection>
        <FormError error={update.error} />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/campaigns/$id" params={{ id: campaign.id }}>
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={update.isPending}>
            {t("form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An organisation's own campaign joins a coalition its organisation speaks in; the server checks it. */
function BringIntoCoalition({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaigns");
  const coalitions = useCoalitionList();
  const update = useUpdateCampaign(campaign.id);
  const inside = (coalitions.data?.items ?? []).filter((c) => c.inside);
  const [chosen, setChosen] = useState("");
  const coalitionId = chosen || inside[0]?.id || "";
  return (
    <FormSection title={t("move.title")} description={t("move.hint")}>
      {inside.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("move.none")}
        </Text>
      ) : (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t("move.coalition")}
            value={coalitionId}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={inside.map((c) => ({ value: c.id, label: c.name }))}
          />
          <Button
            variant="outline"
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { coalitionId },
                { onSuccess: () => notify({ color: "teal", message: t("move.done") }) },
              )
            }
          >
            {t("move.submit")}
          </Button>
        </Group>
      )}
      <FormError error={update.error} />
    </FormSection>
  );
}

/** Changing the plan, status, fund monitor and public page: for those who run the campaign. */
export function CampaignEditPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/edit" });
  return (
    <CampaignShell id={id} title={t("form.editTitle")}>
      {(campaign) =>
        campaign.permissions.run ? (
          <Stack gap="lg">
            <EditForm campaign={campaign} />
            {!campaign.coalition && <BringIntoCoalition campaign={campaign} />}
          </Stack>
        ) : (
          <PageMessage title={t("form.editTitle")} color="blue">
            {t("form.notRunning")}
          </PageMessage>
        )
      }
    </CampaignShell>
  );
}
