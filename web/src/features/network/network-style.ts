/**
 * Colours for organisation types (the first type an organisation lists), chosen to stay
 * apart from each other and readable on white; anything beyond them is grey. Shapes carry
 * the same meaning as the highlights, so nothing rests on colour alone.
 */
export const palette = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#bcbd22",
  "#17becf",
  "#ff7f0e",
];
export const otherColour = "#7f7f7f";

/** The most frequent types get the palette, in order of frequency. */
export function typeColours(nodes: readonly { types: readonly string[] }[]) {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const first = n.types[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.slice(0, palette.length).map(([type], i) => [type, palette[i] as string]));
}

export type Shape = "circle" | "square" | "diamond";
/** My organisations are squares, bridges diamonds, the rest circles. */
export const shapeOf = (n: { mine: boolean; bridge: boolean }): Shape =>
  n.mine ? "square" : n.bridge ? "diamond" : "circle";
