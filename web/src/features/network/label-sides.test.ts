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
    expect(sides).toEqual(["right", "left"]);
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
        const scale = Math.min((canvas.width - 60) / dx, (canvas.height - 60) / dy);
        const centre = (Math.max(...xs) + Math.min(...xs)) / 2;
        nodes.forEach((n, i) => {
          const x = canvas.width / 2 + (n.x - centre) * scale;
          const room = labelWidth(n.label) + n.size;
          if (sides[i] === "right") expect(x + room).toBeLessThanOrEqual(canvas.width + 1e-6);
          if (sides[i] === "left") expect(x - room).toBeGreaterThanOrEqual(-1e-6);
          // Centred only when neither side has room.
          if (sides[i] === "over") {
            expect(x + room > canvas.width && x - room < 0).toBe(true);
          }
        });
      }),
    );
  });
});
