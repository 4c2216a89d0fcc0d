/**
 * Which side of its node each label is drawn on, so that names stay inside the picture: to the
 * right where the name fits there, else to the left where it fits there, else centred over the
 * node (a name wider than the picture cannot fit anywhere; the lists below the picture give it
 * whole). Positions are where the renderer puts them: the graph's extent fitted into the canvas
 * less its padding, aspect ratio kept, centred.
 */
export type LabelSide = "right" | "left" | "over";

/** About 7 px a character at the 14 px label size, plus the gap between node and label. */
export const labelWidth = (label: string) => label.length * 7 + 8;

export function labelSides(
  nodes: readonly { x: number; y: number; label: string; size: number }[],
  canvas: { width: number; height: number; padding: number },
): LabelSide[] {
  if (nodes.length === 0) return [];
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const dx = maxX - minX || 1;
  const dy = maxY - minY || 1;
  const scale = Math.min(
    Math.max(canvas.width - 2 * canvas.padding, 1) / dx,
    Math.max(canvas.height - 2 * canvas.padding, 1) / dy,
  );
  const centre = (minX + maxX) / 2;
  return nodes.map((n) => {
    const x = canvas.width / 2 + (n.x - centre) * scale;
    const room = labelWidth(n.label) + n.size;
    if (x + room <= canvas.width) return "right";
    if (x - room >= 0) return "left";
    return "over";
  });
}
