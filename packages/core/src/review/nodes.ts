import type { DataMap } from "../map/schema.ts";
import type { MapNodeEntry } from "../graph/destinations.ts";

/** What the review and path queries ask of the map's nodes. */
export type NodeLookup = Pick<ReadonlyMap<string, MapNodeEntry>, "get" | "has">;

/**
 * The map's nodes by slug, each tagged with its kind when first asked for: a path query reads only
 * the nodes it meets. The tag comes first, so that the copy keeps one layout per kind of node,
 * which V8 reads two to three times faster than a node with the tag added at the end.
 */
export function nodeLookup(map: DataMap): NodeLookup {
  const subjects = bySlug(map.subjects);
  const systems = bySlug(map.systems);
  const vendors = bySlug(map.vendors);
  const tag = (slug: string): MapNodeEntry | undefined => {
    const vendor = vendors.get(slug);
    if (vendor) return { kind: "vendor", ...vendor };
    const system = systems.get(slug);
    if (system) return { kind: "system", ...system };
    const subject = subjects.get(slug);
    return subject && { kind: "subject-group", ...subject };
  };
  const tagged = new Map<string, MapNodeEntry>();
  return {
    get(slug) {
      let node = tagged.get(slug);
      if (!node && (node = tag(slug))) tagged.set(slug, node);
      return node;
    },
    has: (slug) => vendors.has(slug) || systems.has(slug) || subjects.has(slug),
  };
}

function bySlug<T extends { slug: string }>(nodes: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const node of nodes) index.set(node.slug, node);
  return index;
}
