import type { DataMap, Flow } from "../map/schema.ts";
import { nodesBySlug } from "../graph/destinations.ts";
import { ancestors, descendants, isTaxonomyKey } from "../reference/index.ts";
import { parsePathTarget, PathQueryError, reachedBy } from "./path-target.ts";

export interface PathQuery {
  /** A data category; a hop must carry it or a key below it. */
  category: string;
  /** Slug of the first sender; unset, every node where the category enters the map (no carrying flow into it). */
  from?: string;
  /** A country code, a node slug, "outside-eea" or "not-adequate". */
  to: string;
  maxHops?: number;
  limit?: number;
  /** Also follow flows that carry a broader key ("user.device" for "user.device.ip_address"). */
  broader?: boolean;
}

export interface PathHop {
  flow: string;
  from: string;
  to: string;
}

export interface Route {
  hops: PathHop[];
  /** The last hop's destination countries that make the route reach the target. */
  reached: string[];
}

interface Step {
  flow: Flow;
  reached: string[] | null;
}

export const pathLimits = { maxHops: 10, limit: 1000, defaultMaxHops: 4, defaultLimit: 100 } as const;
/** Enumerating simple paths is exponential in the worst case; past this many steps the answer is cut. */
const stepBudget = 500_000;

/**
 * Every simple route (no node twice, so cycles end) along flows that carry the category, shortest
 * first, then by hop (node slug, then flow key). Found by iterative deepening, pruned by each node's
 * distance to the target, so that the first `limit` routes come without listing all the others.
 */
export function paths(map: DataMap, query: PathQuery): { routes: Route[]; truncated: boolean } {
  const maxHops = bounded("maxHops", query.maxHops ?? pathLimits.defaultMaxHops, pathLimits.maxHops);
  const limit = bounded("limit", query.limit ?? pathLimits.defaultLimit, pathLimits.limit);
  if (!isTaxonomyKey("category", query.category)) throw new PathQueryError(`"${query.category}" is not a data category key`);
  const nodes = nodesBySlug(map);
  if (query.from !== undefined && !nodes.has(query.from)) throw new PathQueryError(`no node "${query.from}"`);
  const target = parsePathTarget(query.to, nodes);
  const keys = new Set([...descendants("category", query.category), ...(query.broader ? ancestors("category", query.category) : [])]);

  // Most flows go to the recipient's own countries: whether they reach the target depends on the recipient only.
  const byRecipient = new Map<string, string[] | null>();
  const reachedOf = (flow: Flow) => {
    if (flow.countries.length > 0) return reachedBy(target, flow, nodes.get(flow.to));
    const known = byRecipient.get(flow.to);
    if (known !== undefined) return known;
    const reached = reachedBy(target, flow, nodes.get(flow.to));
    byRecipient.set(flow.to, reached);
    return reached;
  };
  const outgoing = new Map<string, Step[]>();
  const senders = new Map<string, string[]>();
  for (const flow of map.flows) {
    if (!flow.categories.some((key) => keys.has(key))) continue;
    const step = { flow, reached: target.kind === "node" ? (flow.to === target.slug ? reachedBy(target, flow, nodes.get(flow.to)) : null) : reachedOf(flow) };
    const list = outgoing.get(flow.from);
    if (list) list.push(step);
    else outgoing.set(flow.from, [step]);
    const from = senders.get(flow.to);
    if (from) from.push(flow.from);
    else senders.set(flow.to, [flow.from]);
  }
  const distance = distances(outgoing, senders);
  const starts = query.from !== undefined ? [query.from] : [...outgoing.keys()].filter((slug) => !senders.has(slug)).sort(compare);
  // Sorted on first visit only: pruning keeps most senders from ever being walked.
  const sorted = new Set<string>();
  const stepsFrom = (slug: string) => {
    const list = outgoing.get(slug) ?? [];
    if (!sorted.has(slug)) {
      list.sort((a, b) => compare(a.flow.to, b.flow.to) || compare(a.flow.key, b.flow.key));
      sorted.add(slug);
    }
    return list;
  };

  const routes: Route[] = [];
  const onPath = new Set<string>();
  const hops: PathHop[] = [];
  let steps = 0;
  let truncated = false;
  // A route to a node ends there; routes to countries may go on and reach them again further on.
  const passThrough = target.kind !== "node";
  const walk = (node: string, remaining: number): void => {
    for (const { flow, reached } of stepsFrom(node)) {
      if (routes.length >= limit || ++steps > stepBudget) return void (truncated = true);
      if (onPath.has(flow.to)) continue;
      if (remaining === 1) {
        if (reached) routes.push({ hops: [...hops, { flow: flow.key, from: flow.from, to: flow.to }], reached });
      } else if ((passThrough || !reached) && (distance.get(flow.to) ?? Infinity) < remaining) {
        onPath.add(flow.to);
        hops.push({ flow: flow.key, from: flow.from, to: flow.to });
        walk(flow.to, remaining - 1);
        hops.pop();
        onPath.delete(flow.to);
      }
    }
  };
  for (let length = 1; length <= maxHops && !truncated; length++) {
    for (const start of starts) {
      if (truncated) break;
      if ((distance.get(start) ?? Infinity) > length) continue;
      onPath.add(start);
      walk(start, length);
      onPath.delete(start);
    }
  }
  return { routes, truncated };
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

function bounded(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new PathQueryError(`${name} must be a whole number from 1 to ${max}`);
  return value;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
