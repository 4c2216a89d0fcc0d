import {
  Accordion,
  Alert,
  Button,
  Divider,
  Group,
  NativeSelect,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconCheck, IconPencil, IconPlayerStop } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { LoadFailure, PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { wrapLabel } from "../../components/wrap-label.ts";
import { managedOrganizations, useMyOrganizations } from "../../lib/coalition-data.ts";
import { useMe } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import {
  type AgreementView,
  useAcceptAgreement,
  useAgreement,
  useAmendAgreement,
  useEndAgreement,
} from "./agreements-data.ts";
import { PartyList } from "./agreements-page.tsx";
import { AgreementStatusBadge } from "./agreements-parts.tsx";
import { TermsFields, termsOf, useTermsForm, valuesOf } from "./agreements-terms-form.tsx";
import { TermsView } from "./agreements-terms.tsx";

type Party = AgreementView["parties"][number];

/** The parties the viewer acts for: those of its organisations it owns or administers. */
function useMyParties(agreement: AgreementView) {
  const mine = useMyOrganizations(true);
  const managed = new Set(managedOrganizations(mine.data?.items).map((o) => o.id));
  return agreement.parties.filter((p) => managed.has(p.organizationId));
}

/** Chooses which of the viewer's parties acts, when it runs more than one. */
function ActingParty({
  parties,
  value,
  onChange,
}: {
  parties: Party[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation("agreements");
  if (parties.length < 2) return null;
  return (
    <NativeSelect
      label={t("page.actingFor")}
      w={{ base: "100%", sm: 420 }}
      data={parties.map((p) => ({ value: p.organizationId, label: p.name }))}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

function AmendForm({
  agreement,
  actingFor,
  onDone,
}: {
  agreement: AgreementView;
  actingFor: string;
  onDone: () => void;
}) {
  const { t } = useTranslation("agreements");
  const amend = useAmendAgreement(agreement.id);
  const form = useTermsForm(valuesOf(agreement.terms));
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setInvalid(false);
          amend.mutate(
            { ...termsOf(values), organizationId: actingFor },
            {
              onSuccess: () => {
                notify({ color: "teal", message: t("amend.done") });
                onDone();
              },
            },
          );
        },
        () => {
          setInvalid(true);
          focusFirstInvalid();
        },
      )}
    >
      <Stack gap="lg">
        <Alert color="blue" variant="light" title={t("amend.title")}>
          {t("amend.explain")}
        </Alert>
        <TermsFields form={form} />
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <RefusalAlert
          error={amend.error}
          refusals={{ conflict: t("page.endedConflict"), forbidden: t("page.forbiddenAct") }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={amend.isPending} {...wrapLabel}>
            {t("amend.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Accept, end, put new terms: each shown only when the server says the viewer may. */
function Actions({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("agreements");
  const parties = useMyParties(agreement);
  const accept = useAcceptAgreement(agreement.id);
  const end = useEndAgreement(agreement.id);
  const [ending, setEnding] = useState(false);
  const [chosen, setChosen] = useState("");
  const [amending, setAmending] = useState(false);
  const { may } = agreement;
  if (!may.accept && !may.end && !may.amend) return null;
  const toAccept = may.accept ? parties.filter((p) => !p.accepted) : [];
  const actingFor = chosen || parties[0]?.organizationId || "";
  const choosing = (may.end || may.amend) && (
    <ActingParty parties={parties} value={actingFor} onChange={setChosen} />
  );

  if (amending)
    return (
      <PageSection title={t("amend.heading")}>
        {choosing}
        <AmendForm agreement={agreement} actingFor={actingFor} onDone={() => setAmending(false)} />
      </PageSection>
    );
  return (
    <PageSection title={t("page.actions")}>
      {toAccept.length > 0 && (
        <Stack gap="xs">
          <Text size="sm">{t("page.acceptExplain", { n: agreement.version })}</Text>
          <Group gap="sm" wrap="wrap">
            {toAccept.map((p) => (
              <Button
                key={p.organizationId}
                color="teal"
                {...wrapLabel}
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={accept.isPending && accept.variables === p.organizationId}
                onClick={() =>
                  accept.mutate(p.organizationId, {
                    onSuccess: () => notify({ color: "teal", message: t("page.accepted") }),
                  })
                }
              >
                {t("page.acceptFor", { name: p.name })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      {(may.amend || may.end) && (
        <Stack gap="xs">
          {toAccept.length > 0 && <Divider />}
          {choosing}
          <Group gap="sm" wrap="wrap">
            {may.amend && (
              <Button
                variant="outline"
                {...wrapLabel}
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setAmending(true)}
              >
                {t("page.amend")}
              </Button>
            )}
            {may.end && (
              <Button
                variant="outline"
                color="red"
                {...wrapLabel}
                leftSection={<IconPlayerStop size={16} aria-hidden />}
                onClick={() => {
                  end.reset();
                  setEnding(true);
                }}
              >
                {t("page.end")}
              </Button>
            )}
          </Group>
        </Stack>
      )}
      <RefusalAlert
        error={accept.error}
        refusals={{ conflict: t("page.acceptConflict"), forbidden: t("page.forbiddenAct") }}
      />
      <ConfirmModal
        opened={ending}
        title={t("page.endTitle")}
        confirmLabel={t("page.endConfirm")}
        onClose={() => setEnding(false)}
        onConfirm={() =>
          end.mutate(actingFor, {
            onSuccess: () => {
              setEnding(false);
              notify({ color: "teal", message: t("page.ended") });
            },
          })
        }
        pending={end.isPending}
        error={end.error}
        refusals={{ conflict: t("page.endedConflict"), forbidden: t("page.forbiddenAct") }}
      >
        {parties.length > 1
          ? t("page.endExplainFor", {
              name: parties.find((p) => p.organizationId === actingFor)?.name ?? "",
            })
          : t("page.endExplain")}
      </ConfirmModal>
    </PageSection>
  );
}

function History({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("agreements");
  const format = useTimeFormat();
  const versions = agreement.versions;
  if (versions.length < 2) return null;
  return (
    <PageSection title={t("history.title")} description={t("history.intro")}>
      <Accordion variant="separated" multiple>
        {versions.map((v, i) => (
          <Accordion.Item key={v.version} value={String(v.version)}>
            <Accordion.Control>
              <Text size="sm" fw={600}>
                {t("history.version", { n: v.version, date: format.absolute(v.createdAt) })}
              </Text>
              {v.version === agreement.version && (
                <Text size="xs" c="gray.7">
                  {t("history.current")}
                </Text>
              )}
            </Accordion.Control>
            <Accordion.Panel>
              {versions[i + 1] && (
                <Text size="xs" c="gray.7" mb="xs">
                  {t("history.comparedWith", { n: versions[i + 1]!.version })}
                </Text>
              )}
              <TermsView terms={v} previous={versions[i + 1]} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </PageSection>
  );
}

function StatusLine({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("agreements");
  const format = useTimeFormat();
  if (agreement.status === "ended") {
    const by = agreement.parties.find((p) => p.organizationId === agreement.endedBy)?.name;
    return (
      <Alert color="gray" role="status">
        {agreement.endedAt &&
          (by
            ? t("page.endedBy", { name: by, date: format.absolute(agreement.endedAt) })
            : t("page.endedOn", { date: format.absolute(agreement.endedAt) }))}{" "}
        {t("page.endedGrants")}
      </Alert>
    );
  }
  if (agreement.status === "proposed") {
    const waiting = agreement.parties.filter((p) => !p.accepted).length;
    return (
      <Alert color="yellow" role="status">
        {t("page.proposedExplain", { count: waiting, n: agreement.version })}
      </Alert>
    );
  }
  return (
    <Alert color="teal" role="status">
      {t("page.inForceExplain", { n: agreement.version })}
    </Alert>
  );
}

function AgreementDetails({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("agreements");
  useDocumentTitle(agreement.terms.title);
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <AnchorLink to="/agreements" size="sm" w="fit-content">
          {t("backToList")}
        </AnchorLink>
        <Text size="sm" fw={700} c="gray.7">
          {t("page.kicker")}
        </Text>
        <Title order={1} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {agreement.terms.title}
        </Title>
        <Group gap="xs" wrap="wrap">
          <AgreementStatusBadge status={agreement.status} />
          <Text size="sm" c="gray.7">
            {t("version", { n: agreement.version })}
          </Text>
        </Group>
      </Stack>
      <StatusLine agreement={agreement} />
      <Actions agreement={agreement} />
      <PageSection title={t("page.parties")} description={t("page.partiesIntro")}>
        <PartyList agreement={agreement} />
      </PageSection>
      <PageSection title={t("page.terms")}>
        <TermsView terms={agreement.terms} />
      </PageSection>
      <History agreement={agreement} />
    </Stack>
  );
}

/** One agreement: its terms, its parties and who accepted, its versions, and what to do. */
export function AgreementPage() {
  const { t } = useTranslation("agreements");
  const { id } = useParams({ from: "/agreements/$id" });
  const me = useMe();
  const agreement = useAgreement(id, !!me.data);
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("page.signInFirst")} />;
  if (agreement.isPending) return <PageLoading />;
  if (agreement.isError)
    return <LoadFailure error={agreement.error} forbidden={t("page.forbidden")} />;
  return <AgreementDetails agreement={agreement.data} />;
}
