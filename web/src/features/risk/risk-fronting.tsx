import {
  Alert,
  Badge,
  Button,
  Checkbox,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { RiskAssessment } from "../../../../shared/risk/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import cards from "../../components/Cards.module.css";
import type { OrgChoice } from "../../lib/coalition-access.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { fromLocalInput, readerTimeZone, toLocalInput } from "../../lib/time.ts";
import { type FrontingAdvice, useFronting, useProposeDecision } from "./risk-data.ts";

const adviceOrder = ["front", "sign", "support_privately"] as const;

type DecisionValues = { organizationId: string; messengers: string[]; closesAt: string };

function DecisionForm({
  assessment,
  advice,
  proposeFor,
}: {
  assessment: RiskAssessment;
  advice: readonly FrontingAdvice[];
  proposeFor: readonly OrgChoice[];
}) {
  const { t } = useTranslation("risk");
  const navigate = useNavigate();
  const propose = useProposeDecision(assessment);
  const form = useForm<DecisionValues>({
    initialValues: {
      organizationId: proposeFor[0]?.organizationId ?? "",
      messengers: advice.filter((a) => a.advice === "front").map((a) => a.organizationId),
      closesAt: toLocalInput(new Date(Date.now() + 7 * 24 * 3600 * 1000)),
    },
    validate: {
      closesAt: (value) => {
        const iso = fromLocalInput(value);
        if (!iso) return t("decision.validation.closesAt");
        return Date.parse(iso) > Date.now() ? null : t("decision.validation.closesAtPast");
      },
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        propose.mutate(
          {
            organizationId: values.organizationId,
            messengers: values.messengers,
            closesAt: fromLocalInput(values.closesAt) ?? values.closesAt,
          },
          {
            onSuccess: async (proposal) => {
              notify({ color: "teal", message: t("decision.opened") });
              await navigate({ to: "/proposals/$id", params: { id: proposal.id } });
            },
          },
        ),
      )}
    >
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("decision.title")}
          </Title>
          <Text size="sm">{t("decision.intro")}</Text>
          {proposeFor.length > 1 && (
            <NativeSelect
              label={t("decision.proposingFor")}
              data={proposeFor.map((v) => ({ value: v.organizationId, label: v.name }))}
              {...form.getInputProps("organizationId")}
            />
          )}
          <Checkbox.Group
            label={t("decision.messengers")}
            description={t("decision.messengersHint")}
            {...form.getInputProps("messengers")}
          >
            <Stack gap="xs" mt="xs">
              {advice.map((a) => (
                <Checkbox
                  key={a.organizationId}
                  value={a.organizationId}
                  label={`${a.name} (${t(`fronting.advice.${a.advice}`)})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            type="datetime-local"
            label={t("decision.closesAt")}
            description={t("decision.closesAtHint", { zone: readerTimeZone() })}
            required
            w={{ base: "100%", sm: 320 }}
            {...form.getInputProps("closesAt")}
          />
          <RefusalAlert
            error={propose.error}
            refusals={{ conflict: t("decision.conflict"), forbidden: t("decision.forbidden") }}
          />
          <Button type="submit" loading={propose.isPending} w="fit-content">
            {t("decision.submit")}
          </Button>
        </Stack>
      </Paper>
    </form>
  );
}

/**
 * Who should front the action and who support privately, each with its reasons in plain
 * words; then the proposal that lets the coalition decide.
 */
export function FrontingSection({
  assessment,
  proposeFor,
}: {
  assessment: RiskAssessment;
  proposeFor: readonly OrgChoice[];
}) {
  const { t } = useTranslation("risk");
  const format = useFormatters();
  const fronting = useFronting(assessment.id, assessment.permissions.recommend);
  if (!assessment.permissions.recommend) return null;
  const items = fronting.data?.items ?? [];
  return (
    <PageSection title={t("fronting.title")} description={t("fronting.intro")}>
      <FormError error={fronting.error} />
      {fronting.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("fronting.none")}
        </Text>
      ) : (
        adviceOrder.map((kind) => {
          const group = items.filter((a) => a.advice === kind);
          if (group.length === 0) return null;
          return (
            <Stack key={kind} gap="xs">
              <Title order={3} size="h4">
                {t(`fronting.group.${kind}`)}
              </Title>
              <Stack component="ul" gap="xs" className={cards.list}>
                {group.map((a) => (
                  <li key={a.organizationId}>
                    <Badge
                      variant="light"
                      color={kind === "front" ? "teal" : kind === "sign" ? "blue" : "gray"}
                      tt="none"
                      me={6}
                    >
                      {t(`fronting.advice.${kind}`)}
                    </Badge>
                    <Text span fw={600} dir="auto">
                      {a.name}
                    </Text>
                    <Text size="sm" c="gray.7">
                      {a.reasons.length > 0
                        ? t("fronting.because", {
                            reasons: format.list(a.reasons.map((r) => t(`fronting.reason.${r}`))),
                          })
                        : kind === "support_privately"
                          ? t("fronting.reasonsPrivate")
                          : t("fronting.noReason")}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Stack>
          );
        })
      )}
      {assessment.decidedByProposalId ? (
        <Alert color="teal" variant="light">
          {t("decision.alreadyDecided")}
        </Alert>
      ) : (
        proposeFor.length > 0 &&
        !fronting.isPending && (
          <DecisionForm assessment={assessment} advice={items} proposeFor={proposeFor} />
        )
      )}
    </PageSection>
  );
}
