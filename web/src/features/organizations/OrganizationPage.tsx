import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Button,
  DataList,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconLock, IconPencil, IconRosetteDiscountCheck, IconUsers } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useEffect, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Organization } from "../../../../shared/organizations.ts";
import type { Vocabulary } from "../../../../shared/taxonomies.ts";
import { humanitarianRegionsOf } from "../../../../shared/humanitarian-regions.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { GroupedTermBadges, TermBadges } from "../../components/TermBadges.tsx";
import { api, ApiError } from "../../lib/api.ts";
import { useFormatters, useMe, useTermLabel } from "../../lib/hooks.ts";
import { DiscoverLink } from "../../components/DiscoverLink.tsx";

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap="xs" renderRoot={(props) => <section {...props} aria-labelledby={id} />}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function ProfileHeader({ org }: { org: Organization }) {
  const { t } = useTranslation("organization");
  const termLabel = useTermLabel();
  const { date } = useFormatters();
  const facts: [string, ReactNode][] = [
    [t("profile.types"), org.types.map((key) => termLabel("org_type", key)).join(" · ")],
    [t("profile.level"), termLabel("level", org.level)],
  ];
  if (org.headquartersCountry)
    facts.push([t("profile.hq"), termLabel("country", org.headquartersCountry)]);
  if (org.website)
    facts.push([
      t("profile.website"),
      <Anchor href={org.website} rel="noopener noreferrer" dir="ltr">
        {org.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
      </Anchor>,
    ]);
  return (
    <Stack gap="md">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Avatar src={org.logoUrl} alt="" size={64} radius="md" color="gray" variant="light">
          {org.name.slice(0, 1)}
        </Avatar>
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={1} fz={{ base: 26, sm: 34 }} style={{ overflowWrap: "anywhere" }}>
            {org.name}
            {org.acronym && (
              <>
                {" "}
                <Text span inherit c="gray.7" fw={500}>
                  ({org.acronym})
                </Text>
              </>
            )}
          </Title>
          {org.verified ? (
            <Group gap="xs">
              <Badge
                color="teal.9"
                variant="outline"
                tt="none"
                leftSection={<IconRosetteDiscountCheck size={14} aria-hidden />}
              >
                {t("verified")}
              </Badge>
              {org.verifiedAt && (
                <Text size="sm" c="gray.7">
                  {org.verifiedBy
                    ? t("profile.verifiedBy", { name: org.verifiedBy, date: date(org.verifiedAt) })
                    : t("profile.verifiedOn", { date: date(org.verifiedAt) })}
                </Text>
              )}
            </Group>
          ) : (
            <Text size="sm" c="gray.7">
              {t("notVerified")}
            </Text>
          )}
        </Stack>
      </Group>
      <DataList labelWidth={130} gap="xs" style={{ overflowWrap: "anywhere" }}>
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      {org.permissions.searchPartners && <DiscoverLink organizationId={org.id} />}
      {org.permissions.manage && (
        <Group gap="sm">
          <Button
            variant="outline"
            leftSection={<IconPencil size={16} aria-hidden />}
            renderRoot={(props) => (
              <Link {...props} to="/organizations/$id/edit" params={{ id: org.id }} />
            )}
          >
            {t("profile.edit")}
          </Button>
          <Button
            variant="outline"
            leftSection={<IconUsers size={16} aria-hidden />}
            renderRoot={(props) => (
              <Link {...props} to="/organizations/$id/members" params={{ id: org.id }} />
            )}
          >
            {t("profile.members")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ProfileBody({ org }: { org: Organization }) {
  const { t } = useTranslation("organization");
  const termLabel = useTermLabel();
  const { data: me } = useMe();
  const hasGroupsHidden =
    org.mission === undefined ||
    org.countries === undefined ||
    org.postures === undefined ||
    org.contacts === undefined;
  const termSection = (title: string, vocabulary: Vocabulary, keys: string[] | undefined) =>
    keys?.length ? (
      <Section title={title}>
        <TermBadges vocabulary={vocabulary} keys={keys} label={title} ns="organization" />
      </Section>
    ) : null;
  const humanitarianRegions = humanitarianRegionsOf([
    ...(org.countries ?? []),
    ...(org.headquartersCountry ? [org.headquartersCountry] : []),
  ]);

  return (
    <Stack gap="xl">
      {hasGroupsHidden && (
        <Alert color="gray" variant="outline" icon={<IconLock size={18} aria-hidden />}>
          <Text size="sm">
            {t("profile.hiddenNote")}{" "}
            {!me && (
              <Anchor component={Link} to="/sign-in" size="sm">
                {t("profile.signInForMore")}
              </Anchor>
            )}
          </Text>
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            {org.mission && (
              <Section title={t("profile.mission")}>
                <LocalizedTextView
                  value={org.mission}
                  ns="organization"
                  withSwitcher
                  switcherLabel={t("profile.missionLanguage")}
                />
              </Section>
            )}
            {org.description && (
              <Section title={t("profile.description")}>
                <LocalizedTextView
                  value={org.description}
                  ns="organization"
                  withSwitcher
                  switcherLabel={t("profile.descriptionLanguage")}
                />
              </Section>
            )}
            {org.issues && org.issues.length > 0 && (
              <Section title={t("profile.issues")}>
                <GroupedTermBadges vocabulary="issue" keys={org.issues} ns="organization" />
              </Section>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="xl">
            {((org.regions?.length ?? 0) > 0 || (org.countries?.length ?? 0) > 0) && (
              <Section title={t("profile.where")}>
                {org.countries?.length ? (
                  <GroupedTermBadges
                    vocabulary="country"
                    keys={org.countries}
                    ns="organization"
                    byRegion
                  />
                ) : (
                  <TermBadges
                    vocabulary="region"
                    keys={org.regions ?? []}
                    label={t("profile.regions")}
                    ns="organization"
                  />
                )}
                {humanitarianRegions.length > 0 && (
                  <Stack gap={6}>
                    <Title order={3} size="h6">
                      {t("profile.humanitarianRegions")}
                    </Title>
                    <TermBadges
                      vocabulary="humanitarian_region"
                      keys={humanitarianRegions}
                      label={t("profile.humanitarianRegions")}
                      ns="organization"
                      color="teal"
                    />
                  </Stack>
                )}
              </Section>
            )}
            {termSection(t("profile.capacities"), "capacity", org.capacities)}
            {termSection(t("profile.languages"), "language", org.workingLanguages)}
            {org.sizeBand && (
              <Section title={t("profile.size")}>
                <Text>{termLabel("size_band", org.sizeBand)}</Text>
              </Section>
            )}
            {termSection(t("profile.postures"), "posture", org.postures)}
            {org.contacts && org.contacts.length > 0 && (
              <Section title={t("profile.contacts")}>
                {org.contacts.map((contact, index) => (
                  <Paper
                    key={`${contact.name}-${index}`}
                    withBorder
                    p="sm"
                    radius="md"
                    style={{ overflowWrap: "anywhere" }}
                  >
                    <Text fw={600}>{contact.name}</Text>
                    {contact.role && <Text size="sm">{contact.role}</Text>}
                    {contact.email && (
                      <Anchor href={`mailto:${contact.email}`} size="sm" dir="ltr" display="block">
                        {contact.email}
                      </Anchor>
                    )}
                    {contact.phone && (
                      <Anchor
                        href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}
                        size="sm"
                        dir="ltr"
                        display="block"
                      >
                        {contact.phone}
                      </Anchor>
                    )}
                  </Paper>
                ))}
              </Section>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function NotFound() {
  const { t } = useTranslation("organization");
  return (
    <Stack align="flex-start">
      <Title order={1}>{t("notFound.title")}</Title>
      <Text>{t("notFound.body")}</Text>
      <Button component={Link} to="/directory">
        {t("notFound.directory")}
      </Button>
    </Stack>
  );
}

export function OrganizationPage() {
  const { t } = useTranslation("organization");
  const { id } = useParams({ from: "/organizations/$id" });
  const organization = useQuery({
    queryKey: ["organization", id],
    queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
  const name = organization.data?.name;

  useEffect(() => {
    document.title = `${name ?? t("profile.title")} · ${t("app.name")}`;
  }, [name, t]);

  const { error, data } = organization;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/directory" size="sm">
        {t("profile.backToDirectory")}
      </Anchor>
      {error ? (
        <>
          <Title order={1}>{t("profile.title")}</Title>
          <FormError error={error} />
        </>
      ) : data ? (
        <>
          <ProfileHeader org={data} />
          <ProfileBody org={data} />
        </>
      ) : (
        <Stack gap="md" aria-busy>
          <Text role="status" size="sm">
            {t("app.loading")}
          </Text>
          <Skeleton h={72} w="60%" />
          <Skeleton h={200} />
        </Stack>
      )}
    </Stack>
  );
}
