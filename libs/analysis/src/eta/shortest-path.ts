/** Weighted directed graph as adjacency lists; costs are expected hours. */
export type WeightedGraph = ReadonlyMap<string, readonly { to: string; cost: number }[]>;

export interface PathResult {
  nodes: string[];
  cost: number;
}

export interface PathBans {
  nodes?: ReadonlySet<string>;
  /** Edges as "from>to". */
  edges?: ReadonlySet<string>;
}

export const edgeKey = (from: string, to: string): string => `${from}>${to}`;

/**
 * Dijkstra with banned nodes/edges (Yen's algorithm needs both). Graphs here have tens of nodes,
 * so a linear scan for the minimum beats maintaining a heap.
 */
export function shortestPath(graph: WeightedGraph, source: string, target: string, bans: PathBans = {}): PathResult | null {
  if (bans.nodes?.has(source) || bans.nodes?.has(target)) return null;
  const distance = new Map<string, number>([[source, 0]]);
  const previous = new Map<string, string>();
  const settled = new Set<string>();
  for (;;) {
    let current: string | null = null;
    let currentDistance = Infinity;
    for (const [node, d] of distance) {
      if (!settled.has(node) && d < currentDistance) {
        current = node;
        currentDistance = d;
      }
    }
    if (current === null) return null;
    if (current === target) break;
    settled.add(current);
    for (const edge of graph.get(current) ?? []) {
      if (settled.has(edge.to) || bans.nodes?.has(edge.to) || bans.edges?.has(edgeKey(current, edge.to))) continue;
      const candidate = currentDistance + edge.cost;
      if (candidate < (distance.get(edge.to) ?? Infinity)) {
        distance.set(edge.to, candidate);
        previous.set(edge.to, current);
      }
    }
  }
  const nodes = [target];
  let cursor = target;
  while (cursor !== source) {
    const prev = previous.get(cursor);
    if (prev === undefined) return null;
    nodes.unshift(prev);
    cursor = prev;
  }
  return { nodes, cost: distance.get(target) ?? Infinity };
}
