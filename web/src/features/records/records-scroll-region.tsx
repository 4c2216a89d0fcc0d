import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its own box, not the page: named for screen
 * readers and reachable by keyboard, so the scrolled part can be read with the arrow keys.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // Positioned, so that visually hidden text in the cells is clipped with them.
      style={{ overflowX: "auto", maxWidth: "100%", position: "relative" }}
    >
      {children}
    </div>
  );
}
