import type { DataMap } from "../map/schema.ts";
import { ancestors, descendants, isTaxonomyKey } from "../reference/index.ts";
import { carryingGraph, compare, stepsFrom, type CarryingNode } from "./path-steps.ts";
import { nodeLookup } from "./nodes.ts";
import { parsePathTarget, PathQueryError, reachedOf } from "./path-target.ts";

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
  const nodes = nodeLookup(map);
  if (query.from !== undefined && !nodes.has(query.from)) throw new PathQueryError(`no node "${query.from}"`);
  const target = parsePathTarget(query.to, nodes);
  const keys = new Set([...descendants("category", query.category), ...(query.broader ? ancestors("category", query.category) : [])]);

  const reached = reachedOf(target, nodes);
  const graph = carryingGraph(map, keys, (flow, recipient) => reached(flow, recipient) !== null);
  const starts =
    query.from !== undefined
      ? [graph.get(query.from)].filter((node) => node !== undefined)
      : [...graph.values()].filter((node) => node.flows.length > 0 && node.senders.length === 0).sort((a, b) => compare(a.slug, b.slug));

  const routes: Route[] = [];
  const onPath = new Set<CarryingNode>();
  const hops: PathHop[] = [];
  let steps = 0;
  let truncated = false;
  // A route to a node ends there; routes to countries may go on and reach them again further on.
  const passThrough = target.kind !== "node";
  // Counts the flows from `tried` up to `end` as steps, as if each were tried; false when the answer is cut there.
  const pass = (tried: number, end: number): boolean => {
    if (end > tried && (routes.length >= limit || (steps += end - tried) > stepBudget)) truncated = true;
    return !truncated;
  };
  const walk = (node: CarryingNode, remaining: number): void => {
    let tried = 0;
    for (const { flow, position, recipient, reached: countries } of stepsFrom(node, graph, reached)) {
      if (remaining === 1 ? !countries : (countries && !passThrough) || recipient.distance >= remaining) continue;
      if (!pass(tried, position + 1)) return;
      tried = position + 1;
      if (onPath.has(recipient)) continue;
      if (remaining === 1) {
        routes.push({ hops: [...hops, { flow: flow.key, from: flow.from, to: flow.to }], reached: countries! });
      } else {
        onPath.add(recipient);
        hops.push({ flow: flow.key, from: flow.from, to: flow.to });
        walk(recipient, remaining - 1);
        hops.pop();
        onPath.delete(recipient);
      }
    }
    pass(tried, node.flows.length);
  };
  for (let length = 1; length <= maxHops && !truncated; length++) {
    for (const start of starts) {
      if (truncated) break;
      if (start.distance > length) continue;
      onPath.add(start);
      walk(start, length);
      onPath.delete(start);
    }
  }
  return { routes, truncated };
}

function bounded(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new PathQueryError(`${name} must be a whole number from 1 to ${max}`);
  return value;
}

