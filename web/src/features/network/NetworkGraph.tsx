import Graph from "graphology";
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { useEffect, useRef } from "react";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { layerFill, sdfCircle, sdfDiamond, sdfSquare } from "sigma/rendering";
import type { Network } from "../../../../shared/discovery.ts";
import { otherColour, shapeOf } from "./network-style.ts";

/** The layout runs in a web worker for at most this long, so the page never waits on it. */
const layoutMilliseconds = 3000;

type Props = {
  network: Network;
  colours: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect: (id: string | null) => void;
  label: string;
};

/** A stable starting position from the id, so the same network starts from the same picture. */
function seed(id: string) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 3600) / 3600;
  const radius = (((h >>> 12) % 1000) + 1) / 1000;
  return { x: Math.cos(angle * 2 * Math.PI) * radius, y: Math.sin(angle * 2 * Math.PI) * radius };
}

/**
 * The network drawn with sigma.js (WebGL), laid out with ForceAtlas2 in a worker. Pointer
 * users click a node to select it; the lists beside the picture offer the same to keyboard
 * and screen-reader users, so the canvas itself is one labelled image.
 */
export function NetworkGraph({ network, colours, selected, onSelect, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const state = useRef<{ graph: Graph; sigma: Sigma } | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
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
          color: "#c8c8c8",
        });
      }
    }
    const sigma = new Sigma(graph, element, {
      // Sizes in screen pixels (v4 measures them in graph units by default).
      settings: { itemSizesReference: "screen", hideEdgesOnMove: graph.size > 5000 },
      primitives: {
        nodes: { shapes: [sdfCircle(), sdfSquare(), sdfDiamond()], layers: [layerFill()] },
      },
      styles: {
        nodes: [
          DEFAULT_STYLES.nodes,
          {
            shape: { attribute: "shape", defaultValue: "circle" },
            labelVisibility: { attribute: "labelVisibility", defaultValue: "auto" },
          },
        ],
        edges: [DEFAULT_STYLES.edges],
      },
    });
    sigma.on("clickNode", ({ node }) => select.current(node));
    sigma.on("clickStage", () => select.current(null));
    sigma.once("afterRender", () => element.setAttribute("data-drawn", "true"));
    state.current = { graph, sigma };

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
        element.setAttribute("data-laid-out", "true");
      }, layoutMilliseconds);
    } else {
      element.setAttribute("data-laid-out", "true");
    }
    return () => {
      clearTimeout(timer);
      layout?.kill();
      sigma.kill();
      state.current = null;
      element.removeAttribute("data-drawn");
      element.removeAttribute("data-laid-out");
    };
  }, [network, colours]);

  // The selected organisation and its neighbours keep their colour and labels; the rest fade.
  useEffect(() => {
    const current = state.current;
    if (!current) return;
    const { graph, sigma } = current;
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
    if (selected && graph.hasNode(selected)) {
      const shown = sigma.getNodeDisplayData(selected);
      if (shown) void sigma.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.6 });
    }
  }, [selected, network]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid="network-canvas"
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
    />
  );
}
