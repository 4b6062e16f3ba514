import type { DataMap, Flow } from "../map/schema.ts";

/** A node of the graph of the flows that carry the query's category. */
export interface CarryingNode {
  slug: string;
  /** Its carrying flows out. */
  flows: Flow[];
  /** The flows a walk may take from here, worked out when a walk first leaves the node (see `stepsFrom`). */
  steps?: Step[];
  /** The nodes that send it the category, once per flow. */
  senders: CarryingNode[];
  /** Fewest hops from here to a flow that reaches the target; Infinity when none does. */
  distance: number;
  /** How the flows to its own countries reach the target, once known (see `reachedOf`). */
  reached?: string[] | null;
}

/**
 * The graph of the flows that carry one of `keys`, by slug, with each node's distance to the
 * target: one pass over the map and a reverse breadth-first search, built per query.
 */
export function carryingGraph(map: DataMap, keys: ReadonlySet<string>, reaches: (flow: Flow, recipient: CarryingNode) => boolean): Map<string, CarryingNode> {
  const graph = new Map<string, CarryingNode>();
  const nodeOf = (slug: string) => {
    let node = graph.get(slug);
    if (!node) graph.set(slug, (node = { slug, flows: [], senders: [], distance: Infinity }));
    return node;
  };
  const reaching: CarryingNode[] = [];
  for (const flow of map.flows) {
    if (!carries(flow, keys)) continue;
    const sender = nodeOf(flow.from);
    const recipient = nodeOf(flow.to);
    sender.flows.push(flow);
    recipient.senders.push(sender);
    // One flow that reaches the target is enough; a walk asks about the others when it takes them.
    if (sender.distance > 1 && reaches(flow, recipient)) {
      sender.distance = 1;
      reaching.push(sender);
    }
  }
  for (let hops = 2, frontier = reaching; frontier.length > 0; hops++) {
    const next: CarryingNode[] = [];
    for (const node of frontier) {
      for (const sender of node.senders) {
        if (sender.distance <= hops) continue;
        sender.distance = hops;
        next.push(sender);
      }
    }
    frontier = next;
  }
  return graph;
}

function carries(flow: Flow, keys: ReadonlySet<string>): boolean {
  for (const key of flow.categories) if (keys.has(key)) return true;
  return false;
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A flow a walk may take, with what the walk asks of it. */
export interface Step {
  flow: Flow;
  /** Its place among all of the sender's carrying flows, sorted by recipient, then key. */
  position: number;
  recipient: CarryingNode;
  /** The countries by which it reaches the target; null when it does not. */
  reached: string[] | null;
}

/**
 * The node's flows that can lead to the target, in walking order: those that reach it, and those
 * to a node that has a way there. The others can only be counted past; worked out on the first
 * visit only, as pruning leaves most nodes unwalked.
 */
export function stepsFrom(node: CarryingNode, graph: ReadonlyMap<string, CarryingNode>, reachedOf: (flow: Flow, recipient: CarryingNode) => string[] | null): Step[] {
  if (node.steps) return node.steps;
  node.flows.sort((a, b) => compare(a.to, b.to) || compare(a.key, b.key));
  node.steps = [];
  for (const [position, flow] of node.flows.entries()) {
    const recipient = graph.get(flow.to)!;
    const reached = reachedOf(flow, recipient);
    if (reached || recipient.distance < Infinity) node.steps.push({ flow, position, recipient, reached });
  }
  return node.steps;
}
