import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelSides, labelWidth } from "./label-sides.ts";

const canvas = { width: 343, height: 400, padding: 30 };

describe("labelSides", () => {
  it("draws a long name at the right edge to the left of its node, at phone width", () => {
    const name = "Inter-Agency Protection Support Network";
    const sides = labelSides(
      [
        { x: 0, y: 0, label: "A", size: 5 },
        { x: 1, y: 0.5, label: name, size: 5 },
      ],
      canvas,
    );
    expect(sides.map((s) => s.side)).toEqual(["right", "left"]);
    expect(sides[1]?.label).toBe(name);
  });

  it("keeps every label that can fit inside the picture", () => {
    const node = fc.record({
      x: fc.double({ min: -100, max: 100, noNaN: true }),
      y: fc.double({ min: -100, max: 100, noNaN: true }),
      label: fc.string({ maxLength: 40 }),
      size: fc.integer({ min: 3, max: 16 }),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 30 }), (nodes) => {
        const sides = labelSides(nodes, canvas);
        const xs = nodes.map((n) => n.x);
        const ys = nodes.map((n) => n.y);
        const dx = Math.max(...xs) - Math.min(...xs) || 1;
        const dy = Math.max(...ys) - Math.min(...ys) || 1;
        const scale = (Math.min(canvas.width, canvas.height) - 60) / Math.max(dx, dy);
        const centre = (Math.max(...xs) + Math.min(...xs)) / 2;
        nodes.forEach((n, i) => {
          const x = canvas.width / 2 + (n.x - centre) * scale;
          const { side, label } = sides[i]!;
          const room = labelWidth(label) + n.size;
          if (side === "right") expect(x + room).toBeLessThanOrEqual(canvas.width + 1e-6);
          else expect(x - room).toBeGreaterThanOrEqual(-1e-6);
          // A name is shortened only when it fits on neither side, and keeps its start.
          if (label !== n.label) {
            expect(x + labelWidth(n.label) + n.size > canvas.width).toBe(true);
            expect(x - labelWidth(n.label) - n.size < 0).toBe(true);
            expect(n.label.startsWith(label.slice(0, -1).trimEnd())).toBe(true);
          }
        });
      }),
    );
  });
});
