import type { DataMap } from "../map/schema.ts";
import { coverageStatuses, type CoverageStatus } from "./coverage.ts";
import { reviewGraph } from "./graph.ts";
import { rules } from "./rules/index.ts";
import { transfersOf } from "./transfers.ts";
import { severities, type Finding, type Severity } from "./types.ts";

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
  // Rules run in order and report in map order, so one list per severity keeps findings sorted.
  const bySeverity = new Map<Severity, Finding[]>(severities.map((severity) => [severity, []]));
  const disabledRules: string[] = [];
  for (const rule of rules) {
    const setting = config[rule.id];
    if (setting === "off") {
      disabledRules.push(rule.id);
      continue;
    }
    const severity = setting ?? rule.severity;
    const list = bySeverity.get(severity)!;
    const { id, title, article, hint } = rule;
    rule.check(graph, (hit) => {
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
    });
  }
  const findings = [...bySeverity.values()].flat();
  return { findings, summary: summarize(findings, disabledRules, transfersOf(graph).map((transfer) => transfer.status)) };
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
