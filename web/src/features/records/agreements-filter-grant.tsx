import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { FilterGrantInput } from "../../../../shared/records/agreements-api.ts";
import { type RecordKind, recordKinds } from "../../../../shared/records/fields.ts";
import { violationTypes } from "../../../../shared/records/vocab.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { notify } from "../../lib/notify.ts";
import { focusFirstInvalid } from "../../lib/page.ts";
import { useCountryOptions } from "../../lib/term-options.ts";
import { type AgreementView, useFilterGrant } from "./agreements-data.ts";
import { useRecordLabels } from "./record-labels.ts";

type Values = {
  agreementId: string;
  toOrganizationId: string;
  kind: string;
  country: string | null;
  violationType: string | null;
  from: string;
  to: string;
  expiresOn: string;
};

/** The end of a calendar day in the reader's zone, as an instant: a grant lasts through it. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();
const today = () => new Date().toLocaleDateString("sv"); // yyyy-mm-dd in the reader's zone

/**
 * Shares every record of the organisation matching a saved filter with another party of an
 * agreement in force. Records fall under it only while they have the consent it needs.
 */
export function FilterGrantForm({
  organizationId,
  agreements,
}: {
  organizationId: string;
  /** The agreements in force to which this organisation is a party. */
  agreements: AgreementView[];
}) {
  const { t } = useTranslation("agreements");
  const labels = useRecordLabels();
  const countries = useCountryOptions();
  const share = useFilterGrant(organizationId);
  const othersOf = (agreementId: string) =>
    agreements
      .find((a) => a.id === agreementId)
      ?.parties.filter((p) => p.organizationId !== organizationId) ?? [];
  const first = agreements[0];
  const form = useForm<Values>({
    initialValues: {
      agreementId: first?.id ?? "",
      toOrganizationId: first ? (othersOf(first.id)[0]?.organizationId ?? "") : "",
      kind: "",
      country: null,
      violationType: null,
      from: "",
      to: "",
      expiresOn: "",
    },
    validate: {
      toOrganizationId: (v) => (v ? null : t("share.validation.recipient")),
      to: (v, values) =>
        v && values.from && v < values.from ? t("share.validation.period") : null,
      expiresOn: (v) => (v && v < today() ? t("share.validation.expiry") : null),
    },
  });

  if (!agreements.length)
    return (
      <Stack gap="xs">
        <Text size="sm">{t("share.noAgreement")}</Text>
        <AnchorLink to="/agreements" size="sm" w="fit-content">
          {t("share.toAgreements")}
        </AnchorLink>
      </Stack>
    );

  const chosen = agreements.find((a) => a.id === form.values.agreementId);
  const consent = chosen?.terms.consentRequired;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          const filter: FilterGrantInput["filter"] = {
            ...(values.kind ? { kind: values.kind as RecordKind } : {}),
            ...(values.country ? { country: values.country } : {}),
            ...(values.violationType ? { violationType: values.violationType } : {}),
            ...(values.from ? { from: values.from } : {}),
            ...(values.to ? { to: values.to } : {}),
          };
          share.mutate(
            {
              agreementId: values.agreementId,
              toOrganizationId: values.toOrganizationId,
              filter,
              ...(values.expiresOn ? { expiresAt: endOfDay(values.expiresOn) } : {}),
            },
            {
              onSuccess: () => {
                notify({ color: "teal", message: t("share.done") });
                form.setValues({
                  kind: "",
                  country: null,
                  violationType: null,
                  from: "",
                  to: "",
                  expiresOn: "",
                });
              },
            },
          );
        },
        () => focusFirstInvalid(),
      )}
    >
      <Stack gap="md">
        <NativeSelect
          label={t("share.agreement")}
          data={agreements.map((a) => ({ value: a.id, label: a.terms.title }))}
          {...form.getInputProps("agreementId")}
          onChange={(e) => {
            const id = e.currentTarget.value;
            form.setFieldValue("agreementId", id);
            form.setFieldValue("toOrganizationId", othersOf(id)[0]?.organizationId ?? "");
          }}
        />
        <NativeSelect
          label={t("share.recipient")}
          data={othersOf(form.values.agreementId).map((p) => ({
            value: p.organizationId,
            label: p.name,
          }))}
          {...form.getInputProps("toOrganizationId")}
        />
        <Alert color="blue" variant="light">
          {consent
            ? t("share.consentNeeded", { consent: labels.consentUse(consent) })
            : t("share.noConsentNeeded")}{" "}
          {t("share.newRecords")}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t("share.kind")}
            data={[
              { value: "", label: t("share.anyKind") },
              ...recordKinds.map((k) => ({ value: k, label: labels.kind(k) })),
            ]}
            {...form.getInputProps("kind")}
          />
          <Select
            label={t("share.country")}
            placeholder={t("share.anyCountry")}
            data={countries}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("country")}
          />
          <Select
            label={t("share.violation")}
            placeholder={t("share.anyViolation")}
            data={violationTypes.map((v) => ({
              value: v.key,
              label: labels.term(violationTypes, v.key),
            }))}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("violationType")}
          />
          <div />
          <TextInput type="date" label={t("share.from")} {...form.getInputProps("from")} />
          <TextInput type="date" label={t("share.to")} {...form.getInputProps("to")} />
          <TextInput
            type="date"
            label={t("share.expires")}
            description={t("share.expiresHint")}
            {...form.getInputProps("expiresOn")}
          />
        </SimpleGrid>
        <RefusalAlert
          error={share.error}
          refusals={{ conflict: t("share.conflict"), forbidden: t("share.forbidden") }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={share.isPending}>
            {t("share.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
