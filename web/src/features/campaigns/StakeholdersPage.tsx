import { Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { positionValue } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Stakeholder } from "../../../../shared/campaigns/stakeholders.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { CampaignShell } from "./CampaignShell.tsx";
import { usePowerMap, useRemoveStakeholder, useStakeholders } from "./stakeholders-data.ts";
import { MoveModal, StakeholderFormModal } from "./stakeholders-forms.tsx";
import { KumuExportLinks, KumuImport } from "./stakeholders-kumu.tsx";
import { LinkModal, StakeholderLinks } from "./stakeholders-links.tsx";
import { PowerMapView, positionColors } from "./stakeholders-map.tsx";

/** The campaign's stakeholders: the power map and its replay, the list, and Kumu in and out. */
export function StakeholdersPage() {
  const { t } = useTranslation("campaign-stakeholders");
  const { id } = useParams({ from: "/campaigns/$id/stakeholders" });
  return (
    <CampaignShell id={id} part="stakeholders" title={t("title")}>
      {(campaign) => <Stakeholders campaign={campaign} />}
    </CampaignShell>
  );
}

function Stakeholders({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-stakeholders");
  const list = useStakeholders(campaign.id);
  const today = usePowerMap(campaign.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Stakeholder | null>(null);
  const [moving, setMoving] = useState<Stakeholder | null>(null);
  const [removing, setRemoving] = useState<Stakeholder | null>(null);
  const [linking, setLinking] = useState<Stakeholder | null>(null);
  const remove = useRemoveStakeholder(campaign.id);
  const run = campaign.permissions.run;

  // One number per stakeholder, by name, on the map, in its table and on the cards below.
  const numbers = useMemo(
    () => new Map((today.data?.stakeholders ?? []).map((s, i) => [s.id, i + 1])),
    [today.data],
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  if (list.isPending) return <PageLoading />;
  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm" maw={720}>
        {t("intro")}
      </Text>
      {run && (
        <Group>
          <Button onClick={() => setAdding(true)}>{t("add")}</Button>
        </Group>
      )}
      <FormError error={list.error} />

      {items.length === 0 ? (
        <Paper withBorder p="md">
          <Text>{run ? t("emptyRun") : t("empty")}</Text>
        </Paper>
      ) : (
        <PageSection title={t("map.title")} description={t("map.description")}>
          <PowerMapView campaignId={campaign.id} numbers={numbers} />
        </PageSection>
      )}

      {items.length > 0 && (
        <section aria-labelledby="stakeholder-list">
          <Stack gap="sm">
            <Title order={2} size="h3" id="stakeholder-list">
              {t("list.title", { count: items.length })}
            </Title>
            {items.map((s) => (
              <StakeholderCard
                key={s.id}
                campaignId={campaign.id}
                stakeholder={s}
                number={numbers.get(s.id)}
                run={run}
                runLinks={run && items.length > 1}
                onEdit={() => setEditing(s)}
                onLink={() => setLinking(s)}
                onMove={() => setMoving(s)}
                onRemove={() => setRemoving(s)}
              />
            ))}
            {list.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  loading={list.isFetchingNextPage}
                  onClick={() => void list.fetchNextPage()}
                >
                  {t("list.more")}
                </Button>
              </Group>
            )}
          </Stack>
        </section>
      )}

      <PageSection title={t("kumu.title")} description={t("kumu.description")}>
        <KumuExportLinks campaignId={campaign.id} />
        {run && <KumuImport campaignId={campaign.id} />}
      </PageSection>

      <StakeholderFormModal
        key="add"
        campaign={campaign}
        opened={adding}
        onClose={() => setAdding(false)}
      />
      {editing && (
        <StakeholderFormModal
          key={editing.id}
          campaign={campaign}
          editing={editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <LinkModal
        key={linking?.id ?? "no-link"}
        campaignId={campaign.id}
        from={linking}
        others={items}
        onClose={() => setLinking(null)}
      />
      <MoveModal
        key={moving?.id ?? "none"}
        campaignId={campaign.id}
        stakeholder={moving}
        onClose={() => setMoving(null)}
      />
      <ConfirmModal
        opened={!!removing}
        title={t("remove.title")}
        confirmLabel={t("remove.confirm")}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              notify({ message: t("remove.done"), color: "green" });
              setRemoving(null);
            },
          });
        }}
        pending={remove.isPending}
        error={remove.error}
        refusals={{}}
      >
        {removing ? t("remove.body", { name: isolate(removing.name) }) : ""}
      </ConfirmModal>
    </Stack>
  );
}

function StakeholderCard({
  campaignId,
  stakeholder: s,
  number,
  run,
  runLinks,
  onEdit,
  onLink,
  onMove,
  onRemove,
}: {
  campaignId: string;
  stakeholder: Stakeholder;
  number: number | undefined;
  run: boolean;
  /** Whether links may be added: there is someone to link to. */
  runLinks: boolean;
  onEdit: () => void;
  onLink: () => void;
  onMove: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("campaign-stakeholders");
  const format = useTimeFormat();
  const headingId = `stakeholder-${s.id}`;
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {number !== undefined && (
            <Text
              span
              aria-hidden
              fz="xs"
              fw={700}
              c="white"
              bg="blue.8"
              ta="center"
              miw={24}
              h={24}
              px={4}
              mt={2}
              style={{ borderRadius: 12, lineHeight: "24px", flexShrink: 0 }}
            >
              {number}
            </Text>
          )}
          <Title order={3} size="h4" id={headingId} dir="auto" style={{ overflowWrap: "anywhere" }}>
            {s.name}
          </Title>
        </Group>
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color="gray">
            {t(`types.${s.type}`)}
          </Badge>
          <Badge variant={s.role === "target" ? "filled" : "outline"} color="blue">
            {t(`roles.${s.role}`)}
          </Badge>
          <Badge
            variant="light"
            color="gray"
            style={{ color: positionColors[positionValue(s.position) + 2] }}
          >
            {t(`positions.${s.position}`)}
          </Badge>
        </Group>
        <Text size="sm">{t("card.levels", { influence: s.influence, interest: s.interest })}</Text>
        {s.accessOrganizations.length > 0 && (
          <Text size="sm">
            {t("card.access", {
              names: s.accessOrganizations.map((o) => isolate(o.name)).join(", "),
            })}
          </Text>
        )}
        {s.tags.length > 0 && (
          <Group gap={4} wrap="wrap">
            {s.tags.map((tag) => (
              <Badge key={tag} variant="dot" color="gray" tt="none" dir="auto">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        {s.notes && (
          <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {s.notes}
          </Text>
        )}
        <StakeholderLinks campaignId={campaignId} stakeholder={s} run={run} />
        <details>
          <summary style={{ cursor: "pointer", fontSize: "var(--mantine-font-size-sm)" }}>
            {t("card.showMoves", { count: s.moves.length })}
          </summary>
          <List size="sm" spacing={2} mt={4}>
            {s.moves
              .slice()
              .reverse()
              .map((m) => (
                <List.Item key={m.id}>
                  {m.from
                    ? t("card.moved", {
                        day: format.date(m.movedOn),
                        from: t(`positions.${m.from}`),
                        to: t(`positions.${m.to}`),
                        influence: m.influence,
                      })
                    : t("card.placed", {
                        day: format.date(m.movedOn),
                        to: t(`positions.${m.to}`),
                        influence: m.influence,
                      })}
                  {m.note && (
                    <Text span size="sm" c="dimmed" dir="auto">
                      {" — "}
                      {m.note}
                    </Text>
                  )}
                </List.Item>
              ))}
          </List>
        </details>
        {run && (
          <Group gap="xs" wrap="wrap">
            <Button size="xs" variant="light" onClick={onMove}>
              {t("move.action")}
            </Button>
            <Button size="xs" variant="default" onClick={onEdit}>
              {t("common:actions.edit")}
            </Button>
            {runLinks && (
              <Button size="xs" variant="default" onClick={onLink}>
                {t("links.action")}
              </Button>
            )}
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t("common:actions.delete")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
