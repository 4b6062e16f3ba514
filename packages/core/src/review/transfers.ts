import type { DataMap, Flow } from "../map/schema.ts";
import { isInEEA } from "../graph/destinations.ts";
import { isEEA } from "../reference/index.ts";
import { coverage, weakest, type Coverage, type CoverageStatus } from "./coverage.ts";
import { destinationsOf, isVendor, reachable, reviewGraph, type ReviewGraph } from "./graph.ts";

/** A flow that takes personal data out of the EEA, with the coverage of each third country it reaches. */
export interface Transfer {
  flow: Flow;
  /** Vendor → vendor: a recipient passing data on to its own sub-processor. */
  onward: boolean;
  /** The sender is itself outside the EEA (or nowhere stated): an onward transfer from a third country. */
  fromThirdCountry: boolean;
  /** The destination is the vendor's headquarters, as the map states no processing country. */
  assumed: boolean;
  /** Only the destinations outside the EEA, in the flow's order. */
  destinations: Coverage[];
  status: CoverageStatus;
}

const cache = new WeakMap<ReviewGraph, Transfer[]>();

/**
 * Every flow that leaves the EEA. A flow leaves when its sender is in the EEA (subject groups and
 * own systems without a stated country are) and a destination is outside it. Data that has already
 * left keeps needing a ground when it moves on: a sender outside the EEA that receives data from
 * the EEA makes an onward transfer (Art. 44) to any third country, its own included (SCC clause 8.7).
 */
export function transfersOf(graph: ReviewGraph): Transfer[] {
  const cached = cache.get(graph);
  if (cached) return cached;
  const senders = eeaSenders(graph);
  // Most flows go to their recipient's countries with a list of mechanisms that many flows share:
  // work each recipient and list out once, and chain the lists of one recipient.
  const byRecipient: (Destinations | undefined)[] = [];
  const result: Transfer[] = [];
  const { flows } = graph.map;
  for (let index = 0; index < flows.length; index++) {
    const flow = flows[index]!;
    const source = graph.nodes.get(flow.from);
    if (!source) continue;
    let where: Destinations | undefined;
    if (flow.countries.length > 0) where = destinations(graph, flow, undefined);
    else {
      // The recipient's countries alone decide whether any of them is outside the EEA.
      const recipient = graph.recipients[index]!;
      const known = byRecipient[recipient];
      for (where = known; where && where.coverages.length > 0 && !sameList(where.mechanisms, flow.mechanisms); where = where.next);
      if (!where) byRecipient[recipient] = where = destinations(graph, flow, known);
    }
    if (where.coverages.length === 0) continue;
    const fromThirdCountry = !senders.inEEA(flow.from);
    if (fromThirdCountry && !senders.holdEEAData(flow.from)) continue;
    result.push({ flow, onward: source.kind === "vendor" && where.toVendor, fromThirdCountry, assumed: where.assumed, destinations: where.coverages, status: where.status });
  }
  cache.set(graph, result);
  return result;
}

/** Whether a sender is in the EEA (a slug that is no node is not) and, if not, whether it holds data from the EEA: each worked out once per sender. */
function eeaSenders(graph: ReviewGraph) {
  const inside = new Map<string, boolean>();
  const inEEA = (slug: string) => {
    let answer = inside.get(slug);
    if (answer === undefined) {
      const node = graph.nodes.get(slug);
      inside.set(slug, (answer = node !== undefined && isInEEA(node)));
    }
    return answer;
  };
  // Most senders outside the EEA get their data straight from one inside it; only the others need
  // the search of everything reachable from the EEA.
  let reachedFromEEA: Set<string> | undefined;
  const holding = new Map<string, boolean>();
  const holdEEAData = (slug: string) => {
    let answer = holding.get(slug);
    if (answer === undefined) {
      answer = (graph.incoming.get(slug) ?? []).some(({ from }) => inEEA(from));
      answer ||= (reachedFromEEA ??= reachable(graph, slugsOf(graph.map).filter(inEEA))).has(slug);
      holding.set(slug, answer);
    }
    return answer;
  };
  return { inEEA, holdEEAData };
}

interface Destinations {
  mechanisms: readonly string[];
  /** The same recipient's destinations for another list of mechanisms. */
  next?: Destinations;
  toVendor: boolean;
  coverages: Coverage[];
  assumed: boolean;
  status: CoverageStatus;
}

/** The flow's destinations outside the EEA, each with its coverage. */
function destinations(graph: ReviewGraph, flow: Flow, next: Destinations | undefined): Destinations {
  const recipient = graph.nodes.get(flow.to);
  const { countries, assumed } = destinationsOf(flow, recipient);
  const dpfCertified = isVendor(recipient) && recipient.certifications.includes("dpf");
  const coverages = countries
    .filter((code) => !isEEA(code))
    .map((code) => coverage(code, flow.mechanisms, { slug: flow.to, dpfCertified }, graph.on));
  return { mechanisms: flow.mechanisms, next, toVendor: isVendor(recipient), coverages, assumed, status: weakest(coverages.map((entry) => entry.status)) };
}

const slugsOf = (map: DataMap) => [...map.subjects, ...map.systems, ...map.vendors].map((node) => node.slug);

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Every flow of the map that leaves the EEA, with its coverage. */
export function transfers(map: DataMap, options: { on?: string } = {}): Transfer[] {
  return transfersOf(reviewGraph(map, options));
}
