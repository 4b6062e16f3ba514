import type { Flow } from "../map/schema.ts";
import type { MapNodeEntry } from "../graph/destinations.ts";
import { destinationsOf, isVendor } from "./graph.ts";
import { isAdequate, isCountryCode, isEEA } from "../reference/index.ts";

/** Where a route has to end: a country code, a node slug, "outside-eea" or "not-adequate". */
export type PathTarget = { kind: "country"; code: string } | { kind: "node"; slug: string } | { kind: "outside-eea" } | { kind: "not-adequate" };

export class PathQueryError extends Error {
  override name = "PathQueryError";
}

export function parsePathTarget(to: string, nodes: ReadonlyMap<string, MapNodeEntry>): PathTarget {
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
