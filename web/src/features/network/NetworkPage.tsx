import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Network } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { useFormatters, useMe, useTaxonomies, useTermLabel } from "../../lib/hooks.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { useRegionOptions } from "../../lib/term-options.ts";
import { NetworkGraph, backbonePerNode } from "./NetworkGraph.tsx";
import { otherColour, shapeOf, typeColours } from "./network-style.ts";
import { type NetworkFilters, useNetwork } from "./use-network.ts";

type Node = Network["nodes"][number];

const shapeGlyph = { circle: "●", square: "■", diamond: "◆" } as const;

function NodeMark({ node, colour }: { node: Node; colour: string }) {
  return (
    <span aria-hidden="true" style={{ color: colour, marginInlineEnd: 6 }}>
      {shapeGlyph[shapeOf(node)]}
    </span>
  );
}

/** The same facts the picture shows, as lists a keyboard and a screen reader can walk. */
function SelectedPanel({
  node,
  network,
  colourOf,
  onSelect,
}: {
  node: Node;
  network: Network;
  colourOf: (n: Node) => string;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation("network");
  const label = useTermLabel();
  const { number } = useFormatters();
  const byId = useMemo(() => new Map(network.nodes.map((n) => [n.id, n])), [network]);
  const neighbours = network.edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => ({ node: byId.get(e.source === node.id ? e.target : e.source), weight: e.weight }))
    .filter((x): x is { node: Node; weight: number } => !!x.node)
    .sort((a, b) => b.weight - a.weight || a.node.name.localeCompare(b.node.name));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="network-selected">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="network-selected" style={{ overflowWrap: "anywhere" }}>
            <NodeMark node={node} colour={colourOf(node)} />
            <bdi>{node.name}</bdi>
          </Title>
          <Button variant="default" size="compact-sm" onClick={() => onSelect(null)}>
            {t("clearSelection")}
          </Button>
        </Group>
        <Group gap="xs">
          {node.mine && <Badge color="dark">{t("mine")}</Badge>}
          {node.bridge && <Badge color="#8f3a00">{t("bridge")}</Badge>}
          {node.types.map((type) => (
            <Badge key={type} variant="light" color="gray">
              {label("org_type", type)}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          {t("facts", {
            coalitions: number(node.coalitions),
            links: number(neighbours.length),
            betweenness: number(Math.round(node.betweenness * 1000) / 1000),
          })}
        </Text>
        <AnchorLink to="/organizations/$id" params={{ id: node.id }} size="sm">
          {t("openProfile")}
        </AnchorLink>
        <Title order={3} size="h5">
          {t("neighbours", { count: neighbours.length })}
        </Title>
        {neighbours.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: "none" }}>
            {neighbours.slice(0, 50).map(({ node: n, weight }) => (
              <li key={n.id}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onSelect(n.id)}
                  styles={{ label: { whiteSpace: "normal", textAlign: "start" } }}
                  h="auto"
                  py={4}
                >
                  <NodeMark node={n} colour={colourOf(n)} />
                  <bdi>{n.name}</bdi>
                  <Text span size="xs" c="gray.7" ms={6}>
                    {t("shared", { count: weight })}
                  </Text>
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="sm" c="gray.7">
            {t("noNeighbours")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function BridgeTable({
  network,
  colourOf,
  onSelect,
}: {
  network: Network;
  colourOf: (n: Node) => string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation("network");
  const { number } = useFormatters();
  const bridges = network.nodes
    .filter((n) => n.bridge)
    .sort((a, b) => b.betweenness - a.betweenness);
  return (
    <Stack gap="xs" component="section" aria-labelledby="network-bridges">
      <Title order={2} size="h3" id="network-bridges">
        {t("bridgesTitle")}
      </Title>
      <Text size="sm" c="gray.7">
        {t("bridgesIntro")}
      </Text>
      {bridges.length ? (
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("organisation")}</Table.Th>
                <Table.Th>{t("betweenness")}</Table.Th>
                <Table.Th>{t("coalitions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bridges.slice(0, 100).map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => onSelect(n.id)}
                      styles={{ label: { whiteSpace: "normal", textAlign: "start" } }}
                      h="auto"
                      py={4}
                    >
                      <NodeMark node={n} colour={colourOf(n)} />
                      <bdi>{n.name}</bdi>
                    </Button>
                  </Table.Td>
                  <Table.Td>{number(Math.round(n.betweenness * 1000) / 1000)}</Table.Td>
                  <Table.Td>{number(n.coalitions)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm">{t("noBridges")}</Text>
      )}
    </Stack>
  );
}

export function NetworkPage() {
  const { t } = useTranslation(["network", "discovery"]);
  const { data: me, isPending: mePending } = useMe();
  const { data: taxonomies } = useTaxonomies();
  const label = useTermLabel();
  const { number } = useFormatters();
  // The same grouped list as a need's regions, under the same headings.
  const regionGroups = useRegionOptions({
    humanitarian: t("discovery:need.humanitarianRegions"),
    m49: t("discovery:need.m49Regions"),
  });
  const [filters, setFilters] = useState<NetworkFilters>({});
  const [selected, setSelected] = useState<string | null>(null);
  const query = useNetwork(filters, !!me);
  const network = query.data;

  const colours = useMemo(() => typeColours(network?.nodes ?? []), [network]);
  const colourOf = (n: Node) => colours.get(n.types[0] ?? "") ?? otherColour;
  const mine = useMemo(() => network?.nodes.filter((n) => n.mine) ?? [], [network]);
  const selectedNode = network?.nodes.find((n) => n.id === selected) ?? null;

  if (mePending) return <Loader aria-label={t("common:app.loading")} />;
  if (!me) {
    return (
      <Alert role="alert" title={t("signInFirst")}>
        <Anchor component={Link} to="/sign-in">
          {t("common:nav.signIn")}
        </Anchor>
      </Alert>
    );
  }

  const issueOptions = [
    { value: "", label: t("anyIssue") },
    ...(taxonomies?.issue ?? [])
      .filter((term) => !term.parent)
      .flatMap((parent) => [
        { value: parent.key, label: label("issue", parent.key) },
        ...(taxonomies?.issue ?? [])
          .filter((term) => term.parent === parent.key)
          .map((child) => ({ value: child.key, label: `— ${label("issue", child.key)}` })),
      ]),
  ];
  const regionOptions = [{ value: "", label: t("anyRegion") }, ...regionGroups];
  const centreOptions = [
    { value: "", label: t("noCentre") },
    ...mine.map((n) => ({ value: n.id, label: n.name })),
  ];
  const set = (key: keyof NetworkFilters) => (value: string) => {
    setFilters((f) => ({ ...f, [key]: value || undefined }));
    if (key === "organizationId") setSelected(value || null);
  };

  return (
    <Stack>
      <Title order={1}>{t("title")}</Title>
      <Text c="gray.7" maw={760}>
        {t("intro")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t("issue")}
          value={filters.issue ?? ""}
          data={issueOptions}
          onChange={(e) => set("issue")(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("region")}
          value={filters.region ?? ""}
          data={regionOptions}
          onChange={(e) => set("region")(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("centre")}
          value={filters.organizationId ?? ""}
          data={centreOptions}
          disabled={!mine.length}
          onChange={(e) => set("organizationId")(e.currentTarget.value)}
        />
      </SimpleGrid>
      <FormError error={query.error} />
      {network ? (
        <>
          <Text size="sm" aria-live="polite">
            {t("summary", {
              nodes: number(network.nodes.length),
              edges: number(network.edges.length),
              coalitions: number(network.coalitions),
            })}
            {query.isFetching && ` ${t("updating")}`}
          </Text>
          {network.truncated && (
            <Alert color="yellow" title={t("truncatedTitle")}>
              {t("truncated", { count: network.nodes.length })}
            </Alert>
          )}
          {network.nodes.length ? (
            <NetworkGraph
              network={network}
              colours={colours}
              selected={selected}
              onSelect={setSelected}
              label={t("canvasLabel", {
                nodes: t("canvasOrganisations", {
                  count: network.nodes.length,
                }),
                count: network.edges.length,
                perNode: number(backbonePerNode),
              })}
              arranging={t("arranging", { count: number(network.nodes.length) })}
            />
          ) : (
            <Alert>{t("empty")}</Alert>
          )}
          <Group gap="md" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            <li>
              <Text span size="sm">
                <span aria-hidden="true">■ </span>
                {t("legendMine")}
              </Text>
            </li>
            <li>
              <Text span size="sm">
                <span aria-hidden="true">◆ </span>
                {t("legendBridge")}
              </Text>
            </li>
            <li>
              <Text span size="sm">
                <span aria-hidden="true">● </span>
                {t("legendOther")}
              </Text>
            </li>
            {[...colours.entries()].map(([type, colour]) => (
              <li key={type}>
                <Text span size="sm">
                  <span aria-hidden="true" style={{ color: colour }}>
                    ●{" "}
                  </span>
                  {label("org_type", type)}
                </Text>
              </li>
            ))}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {selectedNode ? (
              <SelectedPanel
                node={selectedNode}
                network={network}
                colourOf={colourOf}
                onSelect={setSelected}
              />
            ) : (
              <Paper withBorder p="md">
                <Stack gap="xs">
                  <Text size="sm">{t("selectHint")}</Text>
                  {mine.slice(0, 5).map((n) => (
                    <Button
                      key={n.id}
                      variant="light"
                      onClick={() => setSelected(n.id)}
                      styles={{ label: { whiteSpace: "normal" } }}
                      h="auto"
                      py={6}
                    >
                      <bdi>{t("showMine", { name: n.name })}</bdi>
                    </Button>
                  ))}
                </Stack>
              </Paper>
            )}
            <BridgeTable network={network} colourOf={colourOf} onSelect={setSelected} />
          </SimpleGrid>
        </>
      ) : (
        <Loader aria-label={t("common:app.loading")} />
      )}
    </Stack>
  );
}
