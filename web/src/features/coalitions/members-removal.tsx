import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CoalitionMember } from "../../../../shared/coalitions.ts";
import { decisionFor } from "../../../../shared/decisions/charter-rule.ts";
import type { ProposalInput } from "../../../../shared/proposals.ts";
import { api } from "../../lib/api.ts";
import { isolate, plainValues } from "../../lib/bidi.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { coalitionKey } from "../../lib/coalition-data.ts";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { OpenRuleFields, defaultOpenRule, toOpenRules } from "./OpenRuleFields.tsx";
import { useRuleText } from "./rule-text.ts";
import { fromLocalInput, readerTimeZone, toLocalInput } from "../../lib/time.ts";

/**
 * Where the charter decides membership by a decision, removing a member is a proposal put to
 * the members (under the admission rule), not a convener's click.
 */
export function RemovalProposalModal({
  access,
  member,
  onClose,
}: {
  access: CoalitionAccess;
  member: CoalitionMember | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation("coalitions");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ruleText = useRuleText();
  const { coalition } = access;
  // Where the charter leaves the method open, the proposer chooses it here.
  const chooses = decisionFor(coalition.charter, "removal").by === "proposal";
  const [rule, setRule] = useState(defaultOpenRule);
  const [organizationId, setOrganizationId] = useState(access.proposeFor[0]?.organizationId ?? "");
  const [reason, setReason] = useState("");
  const [closesAt, setClosesAt] = useState(() =>
    toLocalInput(new Date(Date.now() + 7 * 24 * 3600 * 1000)),
  );
  const [tried, setTried] = useState(false);
  const name = member?.name ?? "";
  const closing = fromLocalInput(closesAt);
  const closingError =
    !closing || Date.parse(closing) <= Date.now() ? t("removal.closesAtError") : null;
  const propose = useMutation({
    mutationFn: () => {
      const body: ProposalInput = {
        organizationId,
        // Stored and shown to every reader in their own language: no isolates in it.
        title: t("removal.proposalTitle", { name, ...plainValues }).slice(0, 200),
        body: reason.trim()
          ? { original: i18n.language, texts: { [i18n.language]: reason.trim() } }
          : undefined,
        subject: "removal",
        targetOrganizationId: member?.organizationId ?? "",
        ...(chooses ? { rules: toOpenRules(rule) } : {}),
        closesAt: closing ?? closesAt,
        hiddenResults: false,
        anonymous: false,
      };
      return api.POST("/api/v1/coalitions/{id}/proposals", {
        params: { path: { id: coalition.id } },
        body,
      });
    },
    onSuccess: async (proposal) => {
      await queryClient.invalidateQueries({ queryKey: coalitionKey(coalition.id) });
      await navigate({ to: "/proposals/$id", params: { id: proposal.id } });
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (closingError) return;
    propose.mutate();
  }

  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={t("removal.title", { name: isolate(name) })}
      centered
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t("removal.explain", { rule: ruleText(coalition.charter.decisionRules.admission) })}
          </Text>
          {chooses && <OpenRuleFields value={rule} onChange={setRule} />}
          {access.proposeFor.length > 1 && (
            <NativeSelect
              label={t("removal.actingFor")}
              data={access.proposeFor.map((v) => ({ value: v.organizationId, label: v.name }))}
              value={organizationId}
              onChange={(event) => setOrganizationId(event.currentTarget.value)}
            />
          )}
          <Textarea
            label={t("removal.reason")}
            dir="auto"
            autosize
            minRows={3}
            maxLength={10000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t("removal.closesAt")}
            description={t("removal.closesAtHint", { zone: readerTimeZone() })}
            value={closesAt}
            onChange={(event) => setClosesAt(event.currentTarget.value)}
            error={tried ? closingError : undefined}
            required
          />
          <RefusalAlert
            error={propose.error}
            refusals={{ forbidden: t("removal.forbidden"), conflict: t("removal.conflict") }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" color="red" loading={propose.isPending}>
              {t("removal.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
