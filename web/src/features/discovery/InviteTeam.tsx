import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type Coalition, defaultDecisionRules } from "../../../../shared/coalitions.ts";
import type { TeamInvitationResult, TeamMember } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useMyCoalitions, useMyOrganizations } from "./discovery-data.ts";
import { listOf } from "./explain.ts";
import { managedOrganizations } from "../../lib/coalition-data.ts";

type Result = z.infer<typeof TeamInvitationResult> & { coalitionId: string; coalitionName: string };

/** Starts a coalition convened by one of the organisations I manage, with a short purpose. */
function NewCoalitionModal({
  opened,
  members,
  onClose,
  onCreated,
}: {
  opened: boolean;
  /** Carried to the full form, so choosing it does not throw the team away. */
  members: TeamMember[];
  onClose: () => void;
  onCreated: (coalition: Coalition) => void;
}) {
  const { t, i18n } = useTranslation("discovery");
  const queryClient = useQueryClient();
  const mine = useMyOrganizations(true);
  const managed = managedOrganizations(mine.data?.items);
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const [organizationId, setOrganizationId] = useState("");
  const convener = organizationId || managed[0]?.id || "";
  const create = useMutation({
    mutationFn: () =>
      api.POST("/api/v1/coalitions", {
        body: {
          organizationId: convener,
          name: name.trim(),
          charter: {
            purpose: { original: i18n.language, texts: { [i18n.language]: purpose.trim() } },
            decisionRules: defaultDecisionRules,
            collaborationLevel: "coordination",
          },
        },
      }),
    onSuccess: async (coalition) => {
      await queryClient.invalidateQueries({ queryKey: ["coalitions"] });
      onCreated(coalition);
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("invite.newTitle")}
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="sm">
          {managed.length === 0 ? (
            <Alert color="gray">{t("invite.noManaged")}</Alert>
          ) : (
            <>
              <NativeSelect
                label={t("invite.convener")}
                data={managed.map((o) => ({ value: o.id, label: o.name }))}
                value={convener}
                onChange={(e) => setOrganizationId(e.currentTarget.value)}
              />
              <TextInput
                label={t("invite.name")}
                required
                minLength={2}
                maxLength={200}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <Textarea
                label={t("invite.purpose")}
                description={t("invite.purposeHint")}
                required
                autosize
                minRows={2}
                maxLength={4000}
                value={purpose}
                onChange={(e) => setPurpose(e.currentTarget.value)}
              />
              <FormError error={create.error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t("common:actions.cancel")}
                </Button>
                <Button
                  type="submit"
                  loading={create.isPending}
                  disabled={name.trim().length < 2 || !purpose.trim()}
                >
                  {t("invite.createAndInvite")}
                </Button>
              </Group>
              <Text size="xs" c="gray.7">
                {t("invite.newHint")}{" "}
                <AnchorLink
                  to="/coalitions/new"
                  search={{
                    team: members.map((m) => m.organization.id),
                    name: name.trim() || undefined,
                    purpose: purpose.trim() || undefined,
                  }}
                  size="xs"
                  underline="always"
                >
                  {t("invite.fullForm")}
                </AnchorLink>
              </Text>
            </>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

/** "Invite this team": into a coalition I convene, or a new one started here. */
export function InviteTeam({ members }: { members: TeamMember[] }) {
  const { t, i18n } = useTranslation("discovery");
  const queryClient = useQueryClient();
  const coalitions = useMyCoalitions(true);
  const convened = coalitions.items.filter((c) => c.convenes);
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const coalitionId = chosen ?? convened[0]?.id ?? null;
  const names = new Map(members.map((m) => [m.organization.id, m.organization.name]));

  const invite = useMutation({
    mutationFn: async (target: { id: string; name: string }) => {
      const sent = await api.POST("/api/v1/discovery/team/invitations", {
        body: { coalitionId: target.id, organizationIds: members.map((m) => m.organization.id) },
      });
      return { ...sent, coalitionId: target.id, coalitionName: target.name };
    },
    onSuccess: async (sent) => {
      setResult(sent);
      await queryClient.invalidateQueries({ queryKey: ["coalition", sent.coalitionId] });
    },
  });
  const nameList = (ids: string[]) =>
    listOf(
      ids.map((id) => isolate(names.get(id) ?? id)),
      i18n.language,
    );

  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="invite-team-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="invite-team-title">
          {t("invite.title")}
        </Title>
        <Text size="sm">{t("invite.intro", { count: members.length })}</Text>
        {convened.length > 0 ? (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("invite.coalition")}
              data={convened.map((c) => ({ value: c.id, label: c.name }))}
              value={coalitionId}
              onChange={setChosen}
              allowDeselect={false}
              style={{ flex: "1 1 16rem" }}
            />
            <Button
              loading={invite.isPending}
              disabled={!coalitionId}
              onClick={() => {
                const target = convened.find((c) => c.id === coalitionId);
                if (target) invite.mutate(target);
              }}
            >
              {t("invite.send")}
            </Button>
          </Group>
        ) : (
          !coalitions.isPending && (
            <Text size="sm" c="gray.7">
              {t("invite.noConvened")}
            </Text>
          )
        )}
        <Button variant="outline" w="fit-content" onClick={() => setCreating(true)}>
          {t("invite.startNew")}
        </Button>
        <FormError error={invite.error} />
        {result && (
          <Alert color="teal" role="status" title={t("invite.doneTitle")}>
            <Stack gap={4}>
              {result.invited.length > 0 && (
                <Text size="sm">
                  {t("invite.invited", {
                    count: result.invited.length,
                    list: nameList(result.invited),
                    coalition: isolate(result.coalitionName),
                  })}
                </Text>
              )}
              {result.skipped.length > 0 && (
                <Text size="sm">
                  {t("invite.skipped", {
                    count: result.skipped.length,
                    list: nameList(result.skipped),
                  })}
                </Text>
              )}
              <AnchorLink
                to="/coalitions/$id/members"
                params={{ id: result.coalitionId }}
                size="sm"
              >
                {t("invite.toMembers")}
              </AnchorLink>
            </Stack>
          </Alert>
        )}
      </Stack>
      <NewCoalitionModal
        opened={creating}
        members={members}
        onClose={() => setCreating(false)}
        onCreated={(coalition) => {
          setCreating(false);
          setChosen(coalition.id);
          invite.mutate({ id: coalition.id, name: coalition.name });
        }}
      />
    </Paper>
  );
}
