import Graph from "graphology";
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { Center, Group, Loader, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { layerFill, sdfCircle, sdfDiamond, sdfSquare } from "sigma/rendering";
import type { Network } from "../../../../shared/discovery.ts";
import { labelSides } from "./label-sides.ts";
import { otherColour, shapeOf } from "./network-style.ts";

/** The layout runs in a web worker for at most this long before the picture is drawn. */
const layoutMilliseconds = 2500;
/** Links drawn per organisation (its strongest); all of a selected organisation's are drawn. */
export const backbonePerNode = 3;

type Props = {
  network: Network;
  colours: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect: (id: string | null) => void;
  label: string;
  /** Shown over the picture while the layout runs. */
  arranging: string;
};

/** A stable starting position from the id, so the same network starts from the same picture. */
function seed(id: string) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 3600) / 3600;
  const radius = (((h >>> 12) % 1000) + 1) / 1000;
  return { x: Math.cos(angle * 2 * Math.PI) * radius, y: Math.sin(angle * 2 * Math.PI) * radius };
}

/** Marks each node's `perNode` heaviest links (ties: the less connected other end) `backbone`. */
function markBackbone(graph: Graph, perNode: number) {
  graph.forEachNode((node) => {
    const links = graph
      .edges(node)
      .map((edge) => ({
        edge,
        weight: graph.getEdgeAttribute(edge, "weight") as number,
        degree: graph.degree(graph.opposite(node, edge)),
      }))
      .sort((a, b) => b.weight - a.weight || a.degree - b.degree)
      .slice(0, perNode);
    for (const { edge } of links) graph.setEdgeAttribute(edge, "backbone", true);
  });
}

/**
 * The network drawn with sigma.js (WebGL), laid out with ForceAtlas2 in a worker. The
 * picture is drawn once the layout has run: redrawing thousands of links on every layout
 * step is what froze the page (seconds-long tasks without a GPU), while the layout alone
 * leaves the main thread free. Each organisation's strongest links are drawn, and every link
 * of the selected one. Pointer users click a node to select it; the lists beside the picture
 * offer the same to keyboard and screen-reader users, so the canvas is one labelled image.
 */
/** Room around the outermost nodes; labels keep inside the canvas by choosing their side. */
const stagePadding = 30;

/** Puts each node's label on the side where it fits (./label-sides.ts), for this canvas. */
function placeLabels(graph: Graph, width: number, height: number) {
  const ids = graph.nodes();
  const sides = labelSides(
    ids.map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        x: Number(a.x),
        y: Number(a.y),
        label: typeof a.label === "string" ? a.label : "",
        size: Number(a.size),
      };
    }),
    { width, height, padding: stagePadding },
  );
  ids.forEach((id, i) => {
    graph.setNodeAttribute(id, "labelPosition", sides[i]?.side);
    graph.setNodeAttribute(id, "label", sides[i]?.label);
  });
}

export function NetworkGraph({ network, colours, selected, onSelect, label, arranging }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  /** The graph, its renderer once drawn, and the selection the picture shows. */
  const state = useRef<{ graph: Graph; sigma: Sigma | null; shown: string | null } | null>(null);
  const [laidOut, setLaidOut] = useState(false);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = container.current;
    const target = canvas.current;
    if (!element || !target) return;
    setLaidOut(false);
    const graph = new Graph({ type: "undirected" });
    const maxBetweenness = Math.max(...network.nodes.map((n) => n.betweenness), 0) || 1;
    // Labels always shown for bridges, and for my organisations when they are few enough.
    const fewMine = network.nodes.filter((n) => n.mine).length <= 3;
    for (const n of network.nodes) {
      const emphasis = n.bridge || (n.mine && fewMine);
      graph.addNode(n.id, {
        ...seed(n.id),
        label: n.name,
        size: 3 + 9 * Math.sqrt(n.betweenness / maxBetweenness) + (n.mine || n.bridge ? 4 : 0),
        color: colours.get(n.types[0] ?? "") ?? otherColour,
        baseColor: colours.get(n.types[0] ?? "") ?? otherColour,
        shape: shapeOf(n),
        labelVisibility: emphasis ? "visible" : "auto",
        emphasis,
      });
    }
    for (const e of network.edges) {
      if (
        graph.hasNode(e.source) &&
        graph.hasNode(e.target) &&
        !graph.hasEdge(e.source, e.target)
      ) {
        graph.addEdge(e.source, e.target, {
          size: Math.min(1 + Math.log2(e.weight), 4),
          weight: e.weight,
          color: "#c8c8c8",
        });
      }
    }
    markBackbone(graph, backbonePerNode);
    state.current = { graph, sigma: null, shown: null };

    const draw = () => {
      placeLabels(graph, target.clientWidth, target.clientHeight);
      const sigma = new Sigma(graph, target, {
        // Sizes in screen pixels (v4 measures them in graph units by default).
        settings: {
          itemSizesReference: "screen",
          hideEdgesOnMove: graph.size > 5000,
          stagePadding,
          // The layout runs for a moment before drawing; if the page has been hidden or laid
          // out again meanwhile, the container can measure 0 wide. Sigma would throw; it draws
          // on the next resize instead.
          allowInvalidContainer: true,
        },
        primitives: {
          nodes: { shapes: [sdfCircle(), sdfSquare(), sdfDiamond()], layers: [layerFill()] },
        },
        styles: {
          nodes: [
            DEFAULT_STYLES.nodes,
            {
              shape: { attribute: "shape", defaultValue: "circle" },
              labelVisibility: { attribute: "labelVisibility", defaultValue: "auto" },
              labelPosition: { attribute: "labelPosition", defaultValue: "right" },
            },
          ],
          edges: [
            DEFAULT_STYLES.edges,
            {
              visibility: (attributes) =>
                attributes.backbone || attributes.near ? "visible" : "hidden",
            },
          ],
        },
      });
      sigma.on("clickNode", ({ node }) => select.current(node));
      sigma.on("clickStage", () => select.current(null));
      // The constructor has rendered the picture already, synchronously.
      element.setAttribute("data-drawn", "true");
      state.current = { graph, sigma, shown: null };
      setLaidOut(true);
      element.setAttribute("data-laid-out", "true");
    };

    let layout: FA2Layout | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (graph.order > 1 && graph.size > 0) {
      layout = new FA2Layout(graph, {
        settings: {
          ...inferSettings(graph),
          barnesHutOptimize: graph.order > 300,
          adjustSizes: false,
        },
      });
      layout.start();
      timer = setTimeout(() => {
        layout?.stop();
        draw();
      }, layoutMilliseconds);
    } else {
      draw();
    }
    return () => {
      clearTimeout(timer);
      layout?.kill();
      state.current?.sigma?.kill();
      state.current = null;
      element.removeAttribute("data-drawn");
      element.removeAttribute("data-laid-out");
    };
  }, [network, colours]);

  // The selected organisation and its neighbours keep their colour and labels; the rest fade.
  useEffect(() => {
    const current = state.current;
    if (!current?.sigma || current.shown === selected) return;
    const { graph, sigma, shown: before } = current;
    current.shown = selected;
    const near = new Set<string>(
      selected && graph.hasNode(selected) ? [selected, ...graph.neighbors(selected)] : [],
    );
    graph.updateEachNodeAttributes((id, attributes) => ({
      ...attributes,
      color: !near.size || near.has(id) ? attributes.baseColor : "#e4e4e4",
      labelVisibility:
        near.has(id) || (!near.size && attributes.emphasis)
          ? "visible"
          : near.size
            ? "hidden"
            : "auto",
    }));
    // Only the links of the organisations selected before and now change.
    for (const [node, value] of [
      [before, false],
      [selected, true],
    ] as const) {
      if (node && graph.hasNode(node)) {
        graph.forEachEdge(node, (edge) => graph.setEdgeAttribute(edge, "near", value));
      }
    }
    if (selected && graph.hasNode(selected)) {
      const shown = sigma.getNodeDisplayData(selected);
      if (shown) void sigma.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.6 });
    }
  }, [selected, network, laidOut]);

  return (
    <div
      ref={container}
      style={{
        position: "relative",
        overflow: "hidden",
        width: "100%",
        height: "min(65vh, 640px)",
        minHeight: 320,
        border: "1px solid var(--mantine-color-gray-4)",
        borderRadius: 4,
        background: "#fff",
      }}
    >
      <div
        ref={canvas}
        role="img"
        aria-label={label}
        data-testid="network-canvas"
        style={{ position: "absolute", inset: 0 }}
      />
      {!laidOut && (
        <Center pos="absolute" inset={0}>
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm" role="status">
              {arranging}
            </Text>
          </Group>
        </Center>
      )}
    </div>
  );
}
