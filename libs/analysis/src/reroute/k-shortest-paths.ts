import { edgeKey, shortestPath, type PathBans, type PathResult, type WeightedGraph } from '../eta/shortest-path.js';

function pathCost(graph: WeightedGraph, nodes: readonly string[]): number {
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const edge = graph.get(nodes[i] ?? '')?.find((e) => e.to === nodes[i + 1]);
    if (!edge) return Infinity;
    cost += edge.cost;
  }
  return cost;
}

/**
 * Yen's k shortest loopless paths. Each next path deviates from an earlier one at a spur node, with
 * the earlier paths' next edges and the root's nodes banned so it cannot repeat them or loop.
 */
export function kShortestPaths(graph: WeightedGraph, source: string, target: string, k: number, bans: PathBans = {}): PathResult[] {
  const first = shortestPath(graph, source, target, bans);
  if (!first) return [];
  const accepted: PathResult[] = [first];
  const candidates: PathResult[] = [];
  const seen = new Set([first.nodes.join('>')]);
  while (accepted.length < k) {
    const last = accepted[accepted.length - 1];
    if (!last) break;
    for (let i = 0; i + 1 < last.nodes.length; i++) {
      const root = last.nodes.slice(0, i + 1);
      const spur = root[root.length - 1] ?? source;
      const bannedEdges = new Set(bans.edges ?? []);
      for (const path of accepted) {
        if (path.nodes.length > i + 1 && root.every((node, j) => path.nodes[j] === node)) bannedEdges.add(edgeKey(spur, path.nodes[i + 1] ?? ''));
      }
      const bannedNodes = new Set([...(bans.nodes ?? []), ...root.slice(0, -1)]);
      const spurPath = shortestPath(graph, spur, target, { nodes: bannedNodes, edges: bannedEdges });
      if (!spurPath) continue;
      const nodes = [...root.slice(0, -1), ...spurPath.nodes];
      const key = nodes.join('>');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, cost: pathCost(graph, nodes) });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost);
    const next = candidates.shift();
    if (next) accepted.push(next);
  }
  return accepted;
}
