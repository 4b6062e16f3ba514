import type { DataMap } from "../map/schema.ts";
import { coverageStatuses, type CoverageStatus } from "./coverage.ts";
import { reviewGraph, type ReviewGraph } from "./graph.ts";
import { rules } from "./rules/index.ts";
import { transfersOf } from "./transfers.ts";
import { severities, type Finding, type Rule, type RuleHit, type Severity } from "./types.ts";

export interface ReviewSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Rules with at least one finding, in rule order. */
  byRule: { rule: string; severity: Severity; count: number }[];
  /** Rules turned off in `review.rules`. */
  disabledRules: string[];
  /** Flows leaving the EEA, by their weakest destination's coverage. */
  transfers: Record<CoverageStatus, number>;
}

export interface Review {
  findings: Finding[];
  summary: ReviewSummary;
}

export interface ReviewOptions {
  /** YYYY-MM-DD: checks adequacy decisions' sunset clauses for that day. */
  on?: string;
}

/** Runs every rule over the map, with the severities and disabled rules of `map.review.rules`. */
export function review(map: DataMap, options: ReviewOptions = {}): Review {
  const graph = reviewGraph(map, options);
  const config = map.review?.rules ?? {};
  const hits = hitsOf(graph, rules.filter((rule) => config[rule.id] !== "off"));
  // Rules are listed in order and report in map order, so one list per severity keeps findings sorted.
  const bySeverity = new Map<Severity, Finding[]>(severities.map((severity) => [severity, []]));
  const disabledRules: string[] = [];
  for (const { id, title, article, hint, severity: usual } of rules) {
    const setting = config[id];
    if (setting === "off") {
      disabledRules.push(id);
      continue;
    }
    const severity = setting ?? usual;
    const list = bySeverity.get(severity)!;
    for (const hit of hits.get(id)!) {
      list.push({
        id: `${id}:${hit.subject}`,
        rule: id,
        severity,
        title,
        explanation: hit.explanation,
        article,
        nodes: hit.nodes,
        flows: hit.flows,
        hint: hit.hint ?? hint,
      });
    }
  }
  const findings = [...bySeverity.values()].flat();
  return { findings, summary: summarize(findings, disabledRules, transfersOf(graph).map((transfer) => transfer.status)) };
}

/** Each rule's hits by rule id, in map order: one pass over the flows asks every flow rule, one walk over the transfers every destination rule. */
function hitsOf(graph: ReviewGraph, enabled: readonly Rule[]): Map<string, RuleHit[]> {
  const hits = new Map(enabled.map((rule) => [rule.id, [] as RuleHit[]]));
  const flowRules = enabled.flatMap((rule) => ("checkFlow" in rule ? [{ rule, hits: hits.get(rule.id)! }] : []));
  const destinationRules = enabled.flatMap((rule) => ("checkDestination" in rule ? [{ rule, hits: hits.get(rule.id)! }] : []));
  if (flowRules.length > 0) {
    for (const flow of graph.map.flows) {
      for (const { rule, hits } of flowRules) {
        const hit = rule.checkFlow(graph, flow);
        if (hit) hits.push(hit);
      }
    }
  }
  if (destinationRules.length > 0) {
    for (const transfer of transfersOf(graph)) {
      for (const destination of transfer.destinations) {
        for (const { rule, hits } of destinationRules) {
          const hit = rule.checkDestination(graph, transfer, destination);
          if (hit) hits.push(hit);
        }
      }
    }
  }
  for (const rule of enabled) if ("check" in rule) rule.check(graph, (hit) => hits.get(rule.id)!.push(hit));
  return hits;
}

function summarize(findings: Finding[], disabledRules: string[], transferStatuses: CoverageStatus[]): ReviewSummary {
  const bySeverity = Object.fromEntries(severities.map((severity) => [severity, 0])) as Record<Severity, number>;
  const byRule = new Map<string, { rule: string; severity: Severity; count: number }>();
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    const entry = byRule.get(finding.rule) ?? { rule: finding.rule, severity: finding.severity, count: 0 };
    entry.count++;
    byRule.set(finding.rule, entry);
  }
  const transfers = Object.fromEntries(coverageStatuses.map((status) => [status, 0])) as Record<CoverageStatus, number>;
  for (const status of transferStatuses) transfers[status]++;
  const ruleOrder = rules.map((rule) => rule.id);
  return {
    total: findings.length,
    bySeverity,
    byRule: [...byRule.values()].sort((a, b) => ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule)),
    disabledRules,
    transfers,
  };
}
