import type { DataMap, Flow } from "../map/schema.ts";
import { destinationCountries, type MapNodeEntry } from "../graph/destinations.ts";
import { nodeLookup, type NodeLookup } from "./nodes.ts";

/** A snapshot of the map indexed once, so that rules and path queries never scan it twice. */
export interface ReviewGraph {
  map: DataMap;
  nodes: NodeLookup;
  outgoing: Map<string, Flow[]>;
  incoming: Map<string, Flow[]>;
  /**
   * Each flow's recipient as a number, in map order, so that a pass over the flows keeps what it
   * works out per recipient in an array rather than looking the slug up again for every flow.
   */
  recipients: Int32Array;
  /** YYYY-MM-DD: the day adequacy decisions with a sunset clause are checked for; unset, none has expired. */
  on?: string;
}

export function reviewGraph(map: DataMap, options: { on?: string } = {}): ReviewGraph {
  const outgoing = new Map<string, Flow[]>();
  const numbers = new Map<string, number>();
  const flowsTo: Flow[][] = [];
  const recipients = new Int32Array(map.flows.length);
  for (let index = 0; index < map.flows.length; index++) {
    const flow = map.flows[index]!;
    append(outgoing, flow.from, flow);
    let number = numbers.get(flow.to);
    if (number === undefined) numbers.set(flow.to, (number = flowsTo.push([]) - 1));
    flowsTo[number]!.push(flow);
    recipients[index] = number;
  }
  const incoming = new Map([...numbers].map(([slug, number]) => [slug, flowsTo[number]!]));
  return { map, nodes: nodeLookup(map), outgoing, incoming, recipients, ...(options.on ? { on: options.on } : {}) };
}

function append<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The slugs reachable from `starts` along flows (the starts included); `follow` can skip flows. */
export function reachable(graph: ReviewGraph, starts: Iterable<string>, follow: (flow: Flow) => boolean = () => true): Set<string> {
  const seen = new Set(starts);
  const queue = [...seen];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const flow of graph.outgoing.get(next) ?? []) {
      if (!seen.has(flow.to) && follow(flow)) {
        seen.add(flow.to);
        queue.push(flow.to);
      }
    }
  }
  return seen;
}

export const isVendor = (node: MapNodeEntry | undefined): node is Extract<MapNodeEntry, { kind: "vendor" }> => node?.kind === "vendor";

/** The node's English name, for explanations; the slug if the node is unknown. */
export function nameOf(graph: ReviewGraph, slug: string): string {
  return graph.nodes.get(slug)?.name.en ?? slug;
}

/** "Platform → Mailer Inc.", the way explanations name a flow. */
export function flowLabel(graph: ReviewGraph, flow: Flow): string {
  return `${nameOf(graph, flow.from)} → ${nameOf(graph, flow.to)}${flow.key === `${flow.from}->${flow.to}` ? "" : ` (${flow.key})`}`;
}

/**
 * Where a flow's data goes, for the review: the flow's countries, else the recipient's. A vendor
 * that states no processing country is taken to process where it has its headquarters (`assumed`):
 * its head office can reach the data, and an unknown place must not pass for the EEA.
 */
export function destinationsOf(flow: Flow, recipient: MapNodeEntry | undefined): { countries: string[]; assumed: boolean } {
  const countries = destinationCountries(flow, recipient);
  if (countries.length > 0 || !isVendor(recipient) || !recipient.headquarters) return { countries, assumed: false };
  return { countries: [recipient.headquarters], assumed: true };
}
