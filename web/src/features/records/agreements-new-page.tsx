import {
  Alert,
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../components/FormSection.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import {
  type MyOrganization,
  managedOrganizations,
  useMyOrganizations,
} from "../../lib/coalition-data.ts";
import { useMe } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { OrganizationPicker, type PickedOrganization } from "../coalitions/OrganizationPicker.tsx";
import { useProposeAgreement } from "./agreements-data.ts";
import { TermsFields, termsOf, useTermsForm } from "./agreements-terms-form.tsx";
import classes from "./Agreements.module.css";

/** The other parties: chosen one at a time from the directory, each removable. */
function PartiesField({
  parties,
  onChange,
  exclude,
  error,
}: {
  parties: PickedOrganization[];
  onChange: (parties: PickedOrganization[]) => void;
  exclude: string[];
  error: string | null;
}) {
  const { t } = useTranslation("agreements");
  // The picker is emptied after each choice; a new key gives it a fresh search box.
  const [round, setRound] = useState(0);
  return (
    <Stack gap="xs">
      <OrganizationPicker
        key={round}
        label={t("form.parties")}
        description={t("form.partiesHint")}
        value={null}
        exclude={[...exclude, ...parties.map((p) => p.id)]}
        onChange={(org) => {
          if (!org) return;
          onChange([...parties, org]);
          setRound((n) => n + 1);
        }}
        error={error}
      />
      {parties.length > 0 && (
        <ul className={classes.plainList} aria-label={t("form.partiesChosen")}>
          {parties.map((p) => (
            <li key={p.id}>
              <Paper withBorder px="sm" py={4} mb={4}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
                    {p.name}
                  </Text>
                  <CloseButton
                    aria-label={t("form.removeParty", { name: p.name })}
                    onClick={() => onChange(parties.filter((q) => q.id !== p.id))}
                  />
                </Group>
              </Paper>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function ProposeForm({ managed }: { managed: MyOrganization[] }) {
  const { t } = useTranslation("agreements");
  const navigate = useNavigate();
  const propose = useProposeAgreement();
  const form = useTermsForm();
  const [proposedBy, setProposedBy] = useState(managed[0]?.id ?? "");
  const [parties, setParties] = useState<PickedOrganization[]>([]);
  const [partiesError, setPartiesError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  const others = parties.filter((p) => p.id !== proposedBy);
  const checkParties = () => {
    const error = others.length ? null : t("form.validation.parties");
    setPartiesError(error);
    return !error;
  };
  const handleInvalid = () => {
    checkParties();
    setInvalid(true);
    focusFirstInvalid();
  };
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (!checkParties()) {
          handleInvalid();
          return;
        }
        setInvalid(false);
        propose.mutate(
          { ...termsOf(values), proposedBy, partyIds: others.map((p) => p.id) },
          {
            onSuccess: async (made) => {
              notify({ color: "teal", message: t("form.proposed") });
              await navigate({ to: "/agreements/$id", params: { id: made.id } });
            },
          },
        );
      }, handleInvalid)}
    >
      <Stack gap="lg">
        <FormSection
          title={t("form.sections.parties")}
          description={t("form.sections.partiesHint")}
        >
          <NativeSelect
            label={t("form.proposedBy")}
            description={t("form.proposedByHint")}
            data={managed.map((o) => ({ value: o.id, label: o.name }))}
            value={proposedBy}
            onChange={(e) => setProposedBy(e.currentTarget.value)}
          />
          <PartiesField
            parties={parties}
            onChange={(next) => {
              setParties(next);
              if (next.length) setPartiesError(null);
            }}
            exclude={[proposedBy]}
            error={partiesError}
          />
        </FormSection>
        <TermsFields form={form} />
        {invalid && (Object.keys(form.errors).length > 0 || partiesError) && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <RefusalAlert error={propose.error} refusals={{ forbidden: t("form.forbidden") }} />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/agreements">
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={propose.isPending}>
            {t("form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Proposing an information-sharing agreement, for one of the organisations the viewer runs. */
export function AgreementProposePage() {
  const { t } = useTranslation("agreements");
  useDocumentTitle(t("form.pageTitle"));
  const me = useMe();
  const mine = useMyOrganizations(!!me.data);
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("form.signInFirst")} />;
  if (mine.isPending) return <PageLoading />;
  const managed = managedOrganizations(mine.data?.items);
  if (!managed.length)
    return (
      <PageMessage
        title={t("form.pageTitle")}
        color="yellow"
        action={
          <AnchorLink to="/agreements" w="fit-content">
            {t("backToList")}
          </AnchorLink>
        }
      >
        {t("form.notManager")}
      </PageMessage>
    );
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <AnchorLink to="/agreements" size="sm" w="fit-content">
          {t("backToList")}
        </AnchorLink>
        <Title order={1}>{t("form.pageTitle")}</Title>
        <Text c="gray.7">{t("form.intro")}</Text>
      </Stack>
      <ProposeForm managed={managed} />
    </Stack>
  );
}
