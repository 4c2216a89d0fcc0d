import { Button, Group, NativeSelect, SimpleGrid, Stack, Tabs, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ActivityStatus, activityStatuses } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Activity } from "../../../../shared/campaigns/workplan.ts";
import { FormError } from "../../components/FormError.tsx";
import { CampaignShell } from "./CampaignShell.tsx";
import { type WorkplanFilters, useActivities, useRoleMatrix } from "./workplan-data.ts";
import { ActivityForm } from "./workplan-form.tsx";
import { ActivityList } from "./workplan-list.tsx";
import { RoleMatrixTable } from "./workplan-matrix.tsx";
import { ActivityTimeline } from "./workplan-timeline.tsx";

type View = "list" | "timeline" | "matrix";

function Workplan({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-workplan");
  const [view, setView] = useState<View>("list");
  const [filters, setFilters] = useState<WorkplanFilters>({ sort: "startsOn" });
  const [editing, setEditing] = useState<Activity | "new" | null>(null);
  const activities = useActivities(campaign.id, filters);
  // Dependencies may be chosen among every activity, whatever the filters show.
  const everything = useActivities(campaign.id, { sort: "startsOn" });
  const matrix = useRoleMatrix(campaign.id);
  const items = activities.data?.pages.flatMap((p) => p.items) ?? [];
  const all = everything.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!filters.leadOrganizationId || !!filters.status;

  const filterBar = (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <NativeSelect
        label={t("filters.lead")}
        value={filters.leadOrganizationId ?? ""}
        onChange={(e) =>
          setFilters({ ...filters, leadOrganizationId: e.currentTarget.value || undefined })
        }
        data={[
          { value: "", label: t("filters.all") },
          ...campaign.organizations.map((o) => ({ value: o.organizationId, label: o.name })),
        ]}
      />
      <NativeSelect
        label={t("filters.status")}
        value={filters.status ?? ""}
        onChange={(e) =>
          setFilters({
            ...filters,
            status: (e.currentTarget.value || undefined) as ActivityStatus | undefined,
          })
        }
        data={[
          { value: "", label: t("filters.all") },
          ...activityStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
        ]}
      />
      <NativeSelect
        label={t("filters.sort")}
        value={filters.sort ?? "startsOn"}
        onChange={(e) =>
          setFilters({ ...filters, sort: e.currentTarget.value as WorkplanFilters["sort"] })
        }
        data={[
          { value: "startsOn", label: t("filters.soonest") },
          { value: "-startsOn", label: t("filters.latest") },
        ]}
      />
    </SimpleGrid>
  );

  const body = activities.isPending ? (
    <Text size="sm" role="status">
      {t("common:app.loading")}
    </Text>
  ) : items.length === 0 ? (
    <Text size="sm" c="dimmed">
      {filtered ? t("emptyFiltered") : campaign.permissions.run ? t("emptyRun") : t("empty")}
    </Text>
  ) : view === "list" ? (
    <ActivityList campaign={campaign} activities={items} onEdit={setEditing} />
  ) : (
    <ActivityTimeline activities={items} />
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" c="gray.7" maw={640}>
          {t("intro")}
        </Text>
        {campaign.permissions.run && <Button onClick={() => setEditing("new")}>{t("add")}</Button>}
      </Group>
      <Tabs
        value={view}
        onChange={(v) => setView((v as View | null) ?? "list")}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("views.label")} style={{ flexWrap: "wrap" }}>
          <Tabs.Tab value="list">{t("views.list")}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t("views.timeline")}</Tabs.Tab>
          <Tabs.Tab value="matrix">{t("views.matrix")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <Stack gap="md">
            {filterBar}
            <FormError error={activities.error} />
            {body}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <Stack gap="md">
            {filterBar}
            <FormError error={activities.error} />
            {body}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="matrix" pt="md">
          <Stack gap="sm">
            <Text size="sm" c="gray.7">
              {t("matrix.intro")}
            </Text>
            <FormError error={matrix.error} />
            {matrix.data && <RoleMatrixTable matrix={matrix.data} />}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {activities.hasNextPage && view !== "matrix" && (
        <Button
          variant="default"
          w="fit-content"
          loading={activities.isFetchingNextPage}
          onClick={() => void activities.fetchNextPage()}
        >
          {t("more")}
        </Button>
      )}
      <ActivityForm
        campaign={campaign}
        activity={editing && editing !== "new" ? editing : undefined}
        activities={all}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}

/** The campaign's workplan: who does what and when, as a list, a timeline and a role matrix. */
export function WorkplanPage() {
  const { t } = useTranslation("campaign-workplan");
  const { id } = useParams({ from: "/campaigns/$id/workplan" });
  return (
    <CampaignShell id={id} part="workplan" title={t("title")}>
      {(campaign) => <Workplan campaign={campaign} />}
    </CampaignShell>
  );
}
