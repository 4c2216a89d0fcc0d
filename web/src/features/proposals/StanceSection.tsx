import { Alert, Button, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Proposal } from "../../../../shared/proposals.ts";
import { notify } from "../../lib/notify.ts";
import { isInsideMembership, voicelessRoles } from "../../../../shared/policy/standing.ts";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { isolate } from "../../lib/bidi.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { reasonOf, stanceOf, useBallotText } from "./ballot-text.ts";
import { useCastStance } from "./proposal-data.ts";
import { RankedChoiceForm } from "./RankedChoiceForm.tsx";
import { StanceChoiceForm } from "./StanceChoiceForm.tsx";
import { TimePollForm } from "./TimePollForm.tsx";

/** My organisation's stance: one per organisation, changeable until the proposal closes. */
export function StanceSection({
  proposal,
  access,
}: {
  proposal: Proposal;
  access: CoalitionAccess;
}) {
  const { t } = useTranslation("proposals");
  const cast = useCastStance(proposal);
  const ballotText = useBallotText(proposal.rules);
  const open = proposal.status === "open";
  // Once closed, nobody may take a stance: each organisation with a voice reads its own.
  const voices = open
    ? proposal.permissions.stanceFor.map((organizationId) => ({
        organizationId,
        name: access.nameOf(organizationId),
      }))
    : access.proposeFor;
  const [chosen, setChosen] = useState(voices[0]?.organizationId ?? "");
  const voice = voices.find((v) => v.organizationId === chosen) ?? voices[0];
  const myStances = proposal.myStances;

  if (!voice) {
    if (myStances.length > 0 || !access.inside) return null;
    // Why the reader has no voice here, said from their organisations' place in it.
    const mine = access.coalition.myMemberships;
    const why = mine.some((m) => isInsideMembership(m) && voicelessRoles.includes(m.role))
      ? "observer"
      : mine.some((m) => m.status === "suspended")
        ? "suspended"
        : "notRepresentative";
    return (
      <PageSection title={t("stanceForm.title")}>
        <Text size="sm">{t(`stanceForm.${why}`)}</Text>
      </PageSection>
    );
  }

  const current = myStances.find((s) => s.organizationId === voice.organizationId)?.ballot ?? null;
  const name = isolate(voice.name);
  const submit = (ballot: unknown) =>
    cast.mutate(
      { organizationId: voice.organizationId, ballot },
      { onSuccess: () => notify({ color: "teal", message: t("stanceForm.saved", { name }) }) },
    );
  const stance = stanceOf(current);
  const withdrawable =
    open &&
    ((proposal.rules.kind === "consent" && stance === "object") ||
      (proposal.rules.kind === "consensus" && stance === "block"));
  const formKey = `${voice.organizationId}:${JSON.stringify(current)}`;
  const pending = cast.isPending;

  return (
    <PageSection
      title={open ? t("stanceForm.title") : t("stanceForm.titleClosed")}
      description={open ? t("stanceForm.hint") : undefined}
    >
      {voices.length > 1 && open && (
        <NativeSelect
          label={t("form.actingFor")}
          data={voices.map((v) => ({ value: v.organizationId, label: v.name }))}
          value={voice.organizationId}
          onChange={(event) => {
            cast.reset();
            setChosen(event.currentTarget.value);
          }}
        />
      )}
      {current ? (
        <Alert color={withdrawable ? "orange" : "teal"} variant="light">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("stanceForm.current", { name, stance: ballotText(current) })}
            </Text>
            {reasonOf(current) && (
              <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line" }}>
                {reasonOf(current)}
              </Text>
            )}
            {withdrawable && (
              <Button
                mt={4}
                w="fit-content"
                variant="default"
                loading={pending}
                onClick={() =>
                  submit(
                    proposal.rules.kind === "consent"
                      ? { stance: "agree" }
                      : { stance: "disagree", reason: reasonOf(current) ?? undefined },
                  )
                }
              >
                {proposal.rules.kind === "consent"
                  ? t("stanceForm.withdrawObjection")
                  : t("stanceForm.withdrawBlock")}
              </Button>
            )}
          </Stack>
        </Alert>
      ) : (
        !open && <Text size="sm">{t("stanceForm.none", { name })}</Text>
      )}
      <RefusalAlert
        error={cast.error}
        refusals={{
          forbidden: t("refusals.notRepresentative", { name }),
          conflict: t("refusals.closed"),
        }}
      />
      {open &&
        (proposal.rules.kind === "ranked_choice" ? (
          <RankedChoiceForm
            key={formKey}
            options={proposal.rules.options}
            current={current}
            pending={pending}
            onSubmit={submit}
          />
        ) : proposal.rules.kind === "time_poll" ? (
          <TimePollForm
            key={formKey}
            slots={proposal.rules.slots}
            current={current}
            pending={pending}
            onSubmit={submit}
          />
        ) : (
          <StanceChoiceForm
            key={formKey}
            rules={proposal.rules}
            current={current}
            pending={pending}
            onSubmit={submit}
          />
        ))}
    </PageSection>
  );
}
