import type { DataMap, Flow } from "../map/schema.ts";
import type { MapNodeEntry } from "../graph/destinations.ts";
import { reachedBy, type PathTarget } from "./path-target.ts";

/** A flow carrying the category, and the countries by which it reaches the target (null: it does not). */
export interface Step {
  flow: Flow;
  reached: string[] | null;
}

/** The flows that carry one of `keys`, by sender, and who sends to each node: built once per query. */
export function carryingSteps(map: DataMap, nodes: ReadonlyMap<string, MapNodeEntry>, keys: ReadonlySet<string>, target: PathTarget) {
  // Most flows go to the recipient's own countries: whether they reach the target depends on the recipient only.
  const byRecipient = new Map<string, string[] | null>();
  const reachedOf = (flow: Flow) => {
    if (target.kind === "node") return flow.to === target.slug ? reachedBy(target, flow, nodes.get(flow.to)) : null;
    if (flow.countries.length > 0) return reachedBy(target, flow, nodes.get(flow.to));
    let reached = byRecipient.get(flow.to);
    if (reached === undefined) byRecipient.set(flow.to, (reached = reachedBy(target, flow, nodes.get(flow.to))));
    return reached;
  };
  const carries = (flow: Flow) => {
    for (const key of flow.categories) if (keys.has(key)) return true;
    return false;
  };
  const outgoing = new Map<string, Step[]>();
  const senders = new Map<string, string[]>();
  for (const flow of map.flows) {
    if (!carries(flow)) continue;
    const step = { flow, reached: reachedOf(flow) };
    const list = outgoing.get(flow.from);
    if (list) list.push(step);
    else outgoing.set(flow.from, [step]);
    const from = senders.get(flow.to);
    if (from) from.push(flow.from);
    else senders.set(flow.to, [flow.from]);
  }
  return { outgoing, senders, distance: distances(outgoing, senders) };
}

/** Fewest hops from each node to a hop that reaches the target (reverse breadth-first search). */
function distances(outgoing: Map<string, Step[]>, senders: Map<string, string[]>): Map<string, number> {
  const distance = new Map<string, number>();
  let frontier = [...outgoing].filter(([, list]) => list.some((entry) => entry.reached)).map(([slug]) => slug);
  for (let hops = 1; frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const slug of frontier) {
      if (distance.has(slug)) continue;
      distance.set(slug, hops);
      for (const sender of senders.get(slug) ?? []) next.push(sender);
    }
    frontier = next;
  }
  return distance;
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A sender's steps sorted by recipient, then flow key; sorted on first visit only, as pruning leaves most senders unwalked. */
export function sortedSteps(outgoing: Map<string, Step[]>): (slug: string) => Step[] {
  const sorted = new Set<string>();
  return (slug) => {
    const list = outgoing.get(slug) ?? [];
    if (!sorted.has(slug)) {
      list.sort((a, b) => compare(a.flow.to, b.flow.to) || compare(a.flow.key, b.flow.key));
      sorted.add(slug);
    }
    return list;
  };
}
