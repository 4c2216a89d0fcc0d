import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";

/**
 * A coalition larger than this links each of its members to the next `linksPerMember`
 * members (by id, wrapping round) instead of to all of them: a clique of 1,000 would be
 * half a million edges, far more than can be drawn or measured, while the circulant keeps
 * the coalition connected and its members close. Pairs left out of the sample count one
 * coalition fewer in their edge weight.
 */
export const cliqueLimit = 60;
export const linksPerMember = 12;

export type GraphInput = {
  /** Node ids, in any order. */
  nodes: readonly string[];
  /** Each coalition's member node ids (ids not in `nodes` are ignored). */
  coalitions: readonly (readonly string[])[];
  /** Nodes that must survive truncation (the user's own organisations). */
  keep: ReadonlySet<string>;
  /** When set, truncation keeps the nodes nearest to this one first. */
  centre?: string | null;
  limit: number;
};

export type GraphResult = {
  nodes: { id: string; betweenness: number; bridge: boolean; coalitions: number }[];
  edges: { source: string; target: string; weight: number }[];
  /** Coalitions with at least two nodes, which drew links. */
  coalitions: number;
  truncated: boolean;
};

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The organisations' graph: edges between organisations sharing coalitions, weighted by how
 * many they share; truncated to `limit` nodes; normalised betweenness on what is kept.
 *
 * Bridge rule: a node is a bridge when it is an articulation point of the graph drawn
 * (taking it away splits its group in two, so it connects groups that would otherwise be
 * apart) and its betweenness is in the top decile of the graph (at least one node; ties at
 * the boundary count). An articulation point always has betweenness above zero.
 */
export function buildGraph(input: GraphInput): GraphResult {
  const present = new Set(input.nodes);
  const weights = new Map<string, number>();
  const memberships = new Map<string, number>();
  let drawing = 0;
  for (const coalition of input.coalitions) {
    const members = [...new Set(coalition.filter((id) => present.has(id)))].sort();
    for (const id of members) memberships.set(id, (memberships.get(id) ?? 0) + 1);
    if (members.length < 2) continue;
    drawing++;
    const n = members.length;
    const span = n > cliqueLimit ? linksPerMember : n - 1;
    for (let i = 0; i < n; i++) {
      // In a clique, each pair once (j > i); in a circulant, the next `span` around the ring.
      const last = n > cliqueLimit ? i + span : n - 1;
      for (let j = i + 1; j <= last; j++) {
        const a = members[i] as string;
        const b = members[j % n] as string;
        if (a === b) continue;
        const key = pairKey(a, b);
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }

  const neighbours = new Map<string, Set<string>>();
  for (const id of present) neighbours.set(id, new Set());
  for (const key of weights.keys()) {
    const [a, b] = key.split("|") as [string, string];
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }

  // Truncation: the user's own first, then by distance from the centre (when asked), then by
  // degree, then by id so that the same data gives the same picture.
  let kept = [...present];
  let truncated = false;
  if (kept.length > input.limit) {
    truncated = true;
    const distance = input.centre ? distancesFrom(input.centre, neighbours) : new Map();
    const far = Number.MAX_SAFE_INTEGER;
    kept.sort((a, b) => {
      const keepA = input.keep.has(a) ? 0 : 1;
      const keepB = input.keep.has(b) ? 0 : 1;
      if (keepA !== keepB) return keepA - keepB;
      const d = (distance.get(a) ?? far) - (distance.get(b) ?? far);
      if (d) return d;
      const degree = (neighbours.get(b)?.size ?? 0) - (neighbours.get(a)?.size ?? 0);
      return degree || (a < b ? -1 : 1);
    });
    kept = kept.slice(0, Math.max(input.limit, 0));
  }
  const keptSet = new Set(kept);

  const graph = new Graph({ type: "undirected", allowSelfLoops: false });
  for (const id of kept) graph.addNode(id);
  const edges: GraphResult["edges"] = [];
  for (const [key, weight] of weights) {
    const [source, target] = key.split("|") as [string, string];
    if (!keptSet.has(source) || !keptSet.has(target)) continue;
    graph.addEdge(source, target);
    edges.push({ source, target, weight });
  }
  const betweenness: Record<string, number> =
    graph.order > 2 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {};

  const articulation = articulationPoints(graph);
  const ranked = kept.map((id) => betweenness[id] ?? 0).sort((a, b) => b - a);
  const decile = ranked[Math.max(Math.ceil(kept.length / 10), 1) - 1] ?? 0;

  return {
    nodes: kept.map((id) => {
      const value = betweenness[id] ?? 0;
      return {
        id,
        betweenness: Math.min(Math.max(value, 0), 1),
        bridge: value > 0 && value >= decile && articulation.has(id),
        coalitions: memberships.get(id) ?? 0,
      };
    }),
    edges,
    coalitions: drawing,
    truncated,
  };
}

function distancesFrom(start: string, neighbours: ReadonlyMap<string, Set<string>>) {
  const distance = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head] as string;
    const d = distance.get(at) as number;
    for (const next of neighbours.get(at) ?? []) {
      if (distance.has(next)) continue;
      distance.set(next, d + 1);
      queue.push(next);
    }
  }
  return distance;
}

/** Tarjan's articulation points, iteratively (a recursive walk would overflow on long paths). */
export function articulationPoints(graph: Graph): Set<string> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const points = new Set<string>();
  let counter = 0;
  for (const root of graph.nodes()) {
    if (order.has(root)) continue;
    order.set(root, counter);
    low.set(root, counter++);
    let rootChildren = 0;
    const stack: { node: string; parent: string | null; next: string[]; i: number }[] = [
      { node: root, parent: null, next: graph.neighbors(root), i: 0 },
    ];
    while (stack.length) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      if (frame.i < frame.next.length) {
        const child = frame.next[frame.i++] as string;
        if (child === frame.parent) continue;
        if (order.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(child) as number));
          continue;
        }
        order.set(child, counter);
        low.set(child, counter++);
        if (frame.node === root) rootChildren++;
        stack.push({ node: child, parent: frame.node, next: graph.neighbors(child), i: 0 });
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (parent === null) continue;
      low.set(parent, Math.min(low.get(parent) as number, low.get(frame.node) as number));
      if (parent !== root && (low.get(frame.node) as number) >= (order.get(parent) as number)) {
        points.add(parent);
      }
    }
    if (rootChildren > 1) points.add(root);
  }
  return points;
}
