import type { DataMap } from "../map/schema.ts";
import { nodesBySlug } from "../graph/destinations.ts";
import { ancestors, descendants, isTaxonomyKey } from "../reference/index.ts";
import { carryingSteps, compare, sortedSteps } from "./path-steps.ts";
import { parsePathTarget, PathQueryError } from "./path-target.ts";

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
  const nodes = nodesBySlug(map);
  if (query.from !== undefined && !nodes.has(query.from)) throw new PathQueryError(`no node "${query.from}"`);
  const target = parsePathTarget(query.to, nodes);
  const keys = new Set([...descendants("category", query.category), ...(query.broader ? ancestors("category", query.category) : [])]);

  const { outgoing, senders, distance } = carryingSteps(map, nodes, keys, target);
  const starts = query.from !== undefined ? [query.from] : [...outgoing.keys()].filter((slug) => !senders.has(slug)).sort(compare);
  const stepsFrom = sortedSteps(outgoing);

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

function bounded(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new PathQueryError(`${name} must be a whole number from 1 to ${max}`);
  return value;
}

