import { isEEA } from "../reference/index.ts";
import type { DataMap, Flow } from "../map/schema.ts";

export type MapNodeEntry =
  | ({ kind: "subject-group" } & DataMap["subjects"][number])
  | ({ kind: "system" } & DataMap["systems"][number])
  | ({ kind: "vendor" } & DataMap["vendors"][number]);

/** Every node of a map by slug, tagged with its kind. */
export function nodesBySlug(map: DataMap): Map<string, MapNodeEntry> {
  return new Map<string, MapNodeEntry>([
    ...map.subjects.map((node) => [node.slug, { ...node, kind: "subject-group" as const }] as const),
    ...map.systems.map((node) => [node.slug, { ...node, kind: "system" as const }] as const),
    ...map.vendors.map((node) => [node.slug, { ...node, kind: "vendor" as const }] as const),
  ]);
}

/** Where a node is: a vendor's processing countries, a system's or subject group's countries. */
export function locationOf(node: MapNodeEntry): string[] {
  return node.kind === "vendor" ? node.processingCountries : node.countries;
}

/** The flow's own countries, else the recipient's. */
export function destinationCountries(flow: Flow, recipient: MapNodeEntry | undefined): string[] {
  return flow.countries.length > 0 ? flow.countries : recipient ? locationOf(recipient) : [];
}

/**
 * Whether a node counts as inside the EEA. Subject groups and own systems with no stated
 * country are assumed to be in the EEA (the map's default); a vendor with no processing country
 * is unknown, and so not assumed inside.
 */
export function isInEEA(node: MapNodeEntry): boolean {
  const where = locationOf(node);
  if (where.length === 0) return node.kind !== "vendor";
  return where.some((code) => isEEA(code));
}
