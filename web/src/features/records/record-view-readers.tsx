import { List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RecordView } from "../../../../shared/records/api.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useFormatters } from "../../lib/hooks.ts";
import {
  useCoalitionNames,
  useOrganizationNames,
  useOwnerPeople,
  useRecordGrants,
} from "./record-data.ts";

type Sharing = NonNullable<RecordView["sharing"]>;

/**
 * Who reads the record, in words, for the owner's own people: inside the organisation (its
 * managers, the people named or everyone, its editors) and outside it (by classification, and
 * by grants under agreements when the viewer may see those).
 */
export function RecordReaders({ record, sharing }: { record: RecordView; sharing: Sharing }) {
  const { t } = useTranslation("record");
  const format = useFormatters();
  const nameOf = useOwnerPeople(record.ownerOrganizationId, true);
  const coalitions = useCoalitionNames(
    record.classification === "coalition" ? sharing.coalitionIds : [],
  );
  const organizations = useOrganizationNames(
    record.classification === "restricted" ? sharing.restrictedTo : [],
  );
  const grants = useRecordGrants(record.id, record.may.share);
  const owner = record.ownerName;
  const people = (ids: readonly string[]) =>
    format.list(ids.map((id) => nameOf(id) ?? t("readers.unknownPerson")));
  const named = (items: { name: string | undefined }[], unknown: string) =>
    format.list(items.map((i) => i.name ?? unknown));
  const partners = [
    ...new Set((grants.data?.items ?? []).filter((g) => g.live).map((g) => g.toName)),
  ];

  return (
    <PageSection title={t("readers.title")} description={t("readers.intro")}>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t("readers.inside", { owner })}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t("readers.managers", { owner })}</List.Item>
          <List.Item>
            {sharing.readersAll
              ? t("readers.everyone", { owner })
              : sharing.readerIds.length
                ? t("readers.named", { names: people(sharing.readerIds) })
                : t("readers.noOneElse", { owner })}
          </List.Item>
          {sharing.editorIds.length > 0 && (
            <List.Item>{t("readers.editors", { names: people(sharing.editorIds) })}</List.Item>
          )}
        </List>
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t("readers.outside", { owner })}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            {record.classification === "public"
              ? t("readers.public")
              : record.classification === "coalition"
                ? t("readers.coalitions", {
                    names: named(coalitions, t("readers.unknownCoalition")),
                  })
                : organizations.length
                  ? t("readers.organizations", {
                      names: named(organizations, t("readers.unknownOrganization")),
                    })
                  : t("readers.noOrganization")}
          </List.Item>
          {record.may.share && grants.data && (
            <List.Item>
              {partners.length
                ? t("readers.partners", { names: format.list(partners) })
                : t("readers.noPartners")}
            </List.Item>
          )}
        </List>
      </Stack>
      {!record.may.share && (
        <Text size="xs" c="gray.7">
          {t("readers.grantsForManagers", { owner })}
        </Text>
      )}
    </PageSection>
  );
}
