/**
 * Which side of its node each label is drawn on, so that names stay inside the picture: to the
 * right where the name fits there, else to the left where it fits there, else on the side with
 * more room, shortened with an ellipsis to fit (the lists below the picture give every name
 * whole). Positions are where sigma puts them: the graph's larger extent fitted into the
 * canvas's smaller side less its padding, centred.
 */
export type LabelSide = "right" | "left";

/** About 7 px a character at the 14 px label size, plus the gap between node and label. */
export const labelWidth = (label: string) => label.length * 7 + 8;

export function labelSides(
  nodes: readonly { x: number; y: number; label: string; size: number }[],
  canvas: { width: number; height: number; padding: number },
): { side: LabelSide; label: string }[] {
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
  const scale =
    Math.max(Math.min(canvas.width, canvas.height) - 2 * canvas.padding, 1) / Math.max(dx, dy);
  const centre = (minX + maxX) / 2;
  return nodes.map((n) => {
    const x = canvas.width / 2 + (n.x - centre) * scale;
    const needed = labelWidth(n.label) + n.size;
    if (x + needed <= canvas.width) return { side: "right", label: n.label };
    if (x - needed >= 0) return { side: "left", label: n.label };
    const side: LabelSide = canvas.width - x >= x ? "right" : "left";
    const room = (side === "right" ? canvas.width - x : x) - n.size;
    return { side, label: shorten(n.label, room) };
  });
}

/** The longest start of `label` that, with an ellipsis, is at most `room` px wide. */
export function shorten(label: string, room: number): string {
  const chars = [...label];
  let keep = chars.length;
  while (keep > 0 && labelWidth(chars.slice(0, keep).join("") + "…") > room) keep--;
  return keep === chars.length ? label : chars.slice(0, keep).join("").trimEnd() + "…";
}
