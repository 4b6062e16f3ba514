import type { DataMap, Finding } from "@datamap/core";
import { isNode, LineCounter, parseDocument } from "yaml";

/**
 * The line of the data-map file a finding points at: its first flow's entry, else its first
 * node's, else the review configuration; undefined when the file does not say (e.g. JSON input).
 */
export function findingLines(text: string, map: DataMap): (finding: Finding) => number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  };
  const flows = new Map(map.flows.map((flow, index) => [flow.key, index]));
  const nodes = new Map<string, (string | number)[]>();
  for (const collection of ["subjects", "systems", "vendors"] as const) {
    map[collection].forEach((node, index) => nodes.set(node.slug, [collection, index]));
  }
  return (finding) => {
    const flow = finding.flows[0] === undefined ? undefined : flows.get(finding.flows[0]);
    if (flow !== undefined && finding.nodes.length !== 1) return lineOf(["flows", flow]);
    const node = finding.nodes[0] === undefined ? undefined : nodes.get(finding.nodes[0]);
    if (node) return lineOf(node);
    if (finding.rule === "unknown-review-rule") return lineOf(["review", "rules"]);
    return flow === undefined ? undefined : lineOf(["flows", flow]);
  };
}
