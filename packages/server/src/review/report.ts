import type { Finding, Review, Severity } from "@datamap/core";

/** Findings of one rule, in the order of the review. */
export function byRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.severity} ${finding.rule}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "90 findings: 36 errors, 47 warnings, 7 infos. 16 flows leave the EEA, 9 with no safeguard." */
export function summaryLine({ summary }: Review): string {
  const transfers = Object.values(summary.transfers).reduce((sum, count) => sum + count, 0);
  const counts = (["error", "warning", "info"] as const).map((severity) => plural(summary.bySeverity[severity], severity));
  const disabled = summary.disabledRules.length > 0 ? ` Rules turned off: ${summary.disabledRules.join(", ")}.` : "";
  return `${plural(summary.total, "finding")}: ${counts.join(", ")}. ${plural(transfers, "flow")} leave${transfers === 1 ? "s" : ""} the EEA, ${summary.transfers.none} with no safeguard.${disabled}`;
}

/** Plain text for a terminal: one block per rule, one line per finding. */
export function textReport(file: string, result: Review): string {
  const blocks = byRule(result.findings).map((group) => {
    const { severity, rule, title, article, hint } = group[0]!;
    return [`${severity.toUpperCase()} ${rule} (${article}): ${title}`, ...group.map((finding) => `  - ${finding.explanation}  [${finding.id}]`), `  Fix: ${hint}`].join("\n");
  });
  return [`${file}: ${summaryLine(result)}`, ...blocks].join("\n\n") + "\n";
}

const level: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };
const escapeData = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** GitHub Actions workflow commands: each finding an annotation on its line of the file. */
export function githubReport(file: string, result: Review, lineOf: (finding: Finding) => number | undefined): string {
  return result.findings
    .map((finding) => {
      const line = lineOf(finding);
      const properties = [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(`${finding.title} (${finding.article})`)}`];
      return `::${level[finding.severity]} ${properties.join(",")}::${escapeData(`${finding.explanation}\nFix: ${finding.hint}\n[${finding.id}]`)}`;
    })
    .join("\n")
    .concat(result.findings.length > 0 ? "\n" : "");
}

export function jsonReport(file: string, result: Review, lineOf: (finding: Finding) => number | undefined): string {
  return `${JSON.stringify({ file, summary: result.summary, findings: result.findings.map((finding) => ({ ...finding, line: lineOf(finding) ?? null })) }, null, 2)}\n`;
}
