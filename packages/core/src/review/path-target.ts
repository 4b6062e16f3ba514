import type { Flow } from "../map/schema.ts";
import type { MapNodeEntry } from "../graph/destinations.ts";
import { destinationsOf, isVendor } from "./graph.ts";
import type { NodeLookup } from "./nodes.ts";
import { isAdequate, isCountryCode, isEEA } from "../reference/index.ts";

/** Where a route has to end: a country code, a node slug, "outside-eea" or "not-adequate". */
export type PathTarget = { kind: "country"; code: string } | { kind: "node"; slug: string } | { kind: "outside-eea" } | { kind: "not-adequate" };

export class PathQueryError extends Error {
  override name = "PathQueryError";
}

export function parsePathTarget(to: string, nodes: Pick<NodeLookup, "has">): PathTarget {
  if (to === "outside-eea" || to === "not-adequate") return { kind: to };
  if (isCountryCode(to)) return { kind: "country", code: to };
  if (nodes.has(to)) return { kind: "node", slug: to };
  throw new PathQueryError(`"${to}" is neither a country code, a node's slug, "outside-eea" nor "not-adequate"`);
}

/** The destination countries by which a flow's hop reaches the target; null when it does not. */
export function reachedBy(target: PathTarget, flow: Flow, recipient: MapNodeEntry | undefined): string[] | null {
  const { countries } = destinationsOf(flow, recipient);
  const dpfCertified = isVendor(recipient) && recipient.certifications.includes("dpf");
  const reached =
    target.kind === "node"
      ? flow.to === target.slug
        ? countries
        : null
      : countries.filter((code) =>
          target.kind === "country" ? code === target.code : !isEEA(code) && (target.kind === "outside-eea" || !isAdequate(code, { dpfCertified })),
        );
  return reached && (target.kind === "node" || reached.length > 0) ? reached : null;
}

/**
 * `reachedBy` for the flows of one query. Most flows go to their recipient's own countries, so
 * whether they reach the target is worked out once per recipient and kept on it.
 */
export function reachedOf(target: PathTarget, nodes: NodeLookup) {
  return (flow: Flow, recipient: { reached?: string[] | null }): string[] | null => {
    if (target.kind === "node" && flow.to !== target.slug) return null;
    if (flow.countries.length > 0) return reachedBy(target, flow, nodes.get(flow.to));
    if (recipient.reached === undefined) recipient.reached = reachedBy(target, flow, nodes.get(flow.to));
    return recipient.reached;
  };
}
