/**
 * Props for a button whose label may be longer than a phone's column (French and Arabic
 * labels often are): the label wraps onto a second line instead of pushing the page sideways.
 */
export const wrapLabel = {
  maw: "100%",
  h: "auto",
  mih: 36,
  py: 6,
  styles: { label: { whiteSpace: "normal", textAlign: "start", lineHeight: 1.35 } },
} as const;
