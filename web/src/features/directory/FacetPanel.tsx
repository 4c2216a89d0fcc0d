import { Skeleton, Stack } from "@mantine/core";
import type { DirectorySearch } from "./directory-search.ts";
import { FacetGroup } from "./FacetGroup.tsx";
import { listFacets, type FacetCounts, type ListFacet } from "./facets.ts";
import { VerifiedFacet } from "./VerifiedFacet.tsx";

export function FacetPanel({
  search,
  facets,
  onChange,
}: {
  search: DirectorySearch;
  facets: FacetCounts | undefined;
  onChange: (patch: Partial<DirectorySearch>) => void;
}) {
  if (!facets) {
    return (
      <Stack gap="md" aria-hidden>
        {listFacets.slice(0, 4).map((facet) => (
          <Skeleton key={facet} h={120} radius="sm" />
        ))}
      </Stack>
    );
  }
  const handleFacet = (facet: ListFacet) => (values: string[]) =>
    onChange({ [facet]: values.length ? values : undefined });
  return (
    <Stack gap="lg">
      {listFacets.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          counts={facets[facet]}
          selected={search[facet] ?? []}
          onChange={handleFacet(facet)}
        />
      ))}
      <VerifiedFacet
        counts={facets.verified}
        value={search.verified}
        onChange={(verified) => onChange({ verified })}
      />
    </Stack>
  );
}
