import { paths, review, syntheticMap, type DataMap, type PathQuery } from "@datamap/core";
import { notes } from "./notes.ts";
import { ms, ratio, timing, verdict, type Section } from "./report.ts";
import { time } from "./stats.ts";

export interface GraphSize {
  nodes: number;
  flows: number;
  runs: number;
}

const targets = { paths: 100, review: 300 };

/** The least any graph question costs: an adjacency list and one breadth-first pass from the map's own nodes. */
function breadthFirst(map: DataMap): number {
  const next = new Map<string, string[]>();
  for (const flow of map.flows) {
    const list = next.get(flow.from);
    if (list) list.push(flow.to);
    else next.set(flow.from, [flow.to]);
  }
  const seen = new Set([...map.subjects, ...map.systems].map((node) => node.slug));
  const queue = [...seen];
  for (let at = 0; at < queue.length; at++) {
    for (const to of next.get(queue[at]!) ?? []) if (!seen.has(to)) (seen.add(to), queue.push(to));
  }
  return seen.size;
}

/** Path queries and the full review, pure core functions, on a map of `nodes` nodes and `flows` flows. */
export async function measureGraph({ nodes, flows, runs }: GraphSize): Promise<Section> {
  const subjects = Math.max(1, Math.round(nodes / 1000));
  const systems = Math.max(1, Math.round(nodes / 500));
  const map = syntheticMap({ vendors: nodes - subjects - systems, systems, subjects, flows, seed: 3 });
  const deepVendor = map.flows.findLast((flow) => map.vendors.some((vendor) => vendor.slug === flow.from))?.to ?? map.vendors[0]!.slug;
  const queries: [string, PathQuery][] = [
    ["contact data to a country without adequacy (defaults: 4 hops, 100 routes)", { category: "user.contact", to: "not-adequate" }],
    ["e-mail addresses from one subject group to the US (6 hops, 1,000 routes)", { category: "user.contact.email", from: map.subjects[0]!.slug, to: "US", maxHops: 6, limit: 1000 }],
    ["any user data to one vendor down an onward chain", { category: "user", to: deepVendor }],
  ];
  const baseline = await time(() => breadthFirst(map), { runs });
  const figures: Record<string, number> = { baseline: baseline.median };
  const rows = [["one breadth-first pass (baseline)", `${breadthFirst(map)} nodes reached`, timing(baseline), ratio(1), "", `N=${baseline.runs}`]];
  let pathsMissed = false;
  for (const [index, [label, query]] of queries.entries()) {
    const { routes, truncated } = paths(map, query);
    const sample = await time(() => paths(map, query), { runs });
    figures[`paths ${index}`] = sample.median;
    pathsMissed ||= sample.p99 > targets.paths;
    rows.push([`path query: ${label}`, `${routes.length} routes${truncated ? " (cut)" : ""}`, timing(sample), ratio(sample.median / baseline.median), verdict(sample.p99, targets.paths, "lower", ms), `N=${sample.runs}`]);
  }
  const { summary } = review(map);
  const full = await time(() => review(map), { runs, warmup: 1 });
  figures.review = full.median;
  rows.push(["full review (every rule)", `${summary.total} findings`, timing(full), ratio(full.median / baseline.median), verdict(full.p99, targets.review, "lower", ms), `N=${full.runs}`]);
  return {
    title: "Path queries and the full review",
    method: `Pure core functions (\`paths\`, \`review\`) on a synthetic map of ${nodes.toLocaleString("en-US")} nodes (${map.vendors.length.toLocaleString("en-US")} vendors, ${systems} systems, ${subjects} subject groups) and ${flows.toLocaleString("en-US")} flows, a fifth of them onward vendor → vendor. The baseline is the least any graph question costs: building an adjacency list and one breadth-first pass. Targets are on the p99.`,
    columns: ["measure", "answer", "median (p99)", "× baseline", "target", "runs"],
    rows,
    figures,
    notes: [
      ...(pathsMissed ? [notes.paths] : []),
      ...(full.p99 > targets.review ? [notes.review] : []),
    ],
  };
}
