import { descendants, isEEA } from "../reference/index.ts";
import type { DataMap, Localized } from "../map/schema.ts";
import { destinationCountries, isInEEA, nodesBySlug, type MapNodeEntry } from "./destinations.ts";

export interface DiagramNode {
  id: string;
  kind: MapNodeEntry["kind"];
  name: Localized;
  /** Column from left to right: 0 subject groups, 1 own systems, 2 vendors, 3 their sub-processors. */
  layer: number;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  categories: string[];
  purposes: string[];
  countries: string[];
  /** The data goes from inside the EEA to a country outside it. */
  leavesEEA: boolean;
  /** The mechanism relied on (the first ranked), if any. */
  mechanism: string | null;
}

/** Nodes and edges ready to lay out, optionally only the flows carrying one data category. */
export function diagram(map: DataMap, options: { category?: string } = {}): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const nodes = nodesBySlug(map);
  const covered = options.category ? new Set(descendants("category", options.category)) : undefined;
  const flows = covered ? map.flows.filter((flow) => flow.categories.some((key) => covered.has(key))) : map.flows;

  const edges = flows.map((flow): DiagramEdge => {
    const source = nodes.get(flow.from);
    const countries = destinationCountries(flow, nodes.get(flow.to));
    return {
      id: flow.key,
      from: flow.from,
      to: flow.to,
      categories: flow.categories,
      purposes: flow.purposes,
      countries,
      leavesEEA: !!source && isInEEA(source) && countries.some((code) => !isEEA(code)),
      mechanism: flow.mechanisms[0] ?? null,
    };
  });

  const fedBy = (vendor: boolean) =>
    new Set(edges.filter((edge) => (nodes.get(edge.from)?.kind === "vendor") === vendor).map((edge) => edge.to));
  const [fedByFirstParty, fedByVendor] = [fedBy(false), fedBy(true)];
  const onlyOnward = (slug: string) => fedByVendor.has(slug) && !fedByFirstParty.has(slug);
  const layerOf = (node: MapNodeEntry) =>
    node.kind === "subject-group" ? 0 : node.kind === "system" ? 1 : onlyOnward(node.slug) ? 3 : 2;
  const touched = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const shown = covered ? [...nodes.values()].filter((node) => touched.has(node.slug)) : [...nodes.values()];
  return {
    nodes: shown.map((node) => ({ id: node.slug, kind: node.kind, name: node.name, layer: layerOf(node) })),
    edges,
  };
}
