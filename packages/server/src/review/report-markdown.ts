import { country, mechanism, transfers, type DataMap, type Review } from "@datamap/core";
import { byRule, summaryLine } from "./report.ts";

/** Escapes what Markdown would read as markup; underscores inside words are left, GFM ignores them. */
const md = (text: string) => text.replace(/[\\`*[\]<>|]/g, "\\$&");

const coverageText: Record<string, string> = {
  adequacy: "adequacy decision",
  "adequacy-unstated": "adequacy decision, not stated in the map",
  safeguard: "Art. 46 safeguard",
  derogation: "Art. 49 derogation",
  none: "**none**",
};

/** The review as a Markdown document, e.g. an example's REVIEW.md or a CI job summary. */
export function markdownReport(file: string, map: DataMap, result: Review): string {
  const out: string[] = [`# Review of \`${file}\``, "", md(summaryLine(result)), ""];
  if (result.summary.byRule.length > 0) {
    out.push("| Severity | Rule | Article | Findings |", "| --- | --- | --- | ---: |");
    for (const group of byRule(result.findings)) {
      const { severity, rule, article } = group[0]!;
      out.push(`| ${severity} | [${rule}](#${rule}) | ${md(article)} | ${group.length} |`);
    }
    out.push("");
  }
  const leaving = transfers(map);
  if (leaving.length > 0) {
    out.push("## Transfers out of the EEA", "", "| Flow | Country | Coverage | Mechanism relied on |", "| --- | --- | --- | --- |");
    for (const { flow, destinations, assumed } of leaving) {
      for (const destination of destinations) {
        const where = `${country(destination.country)?.name.en ?? destination.country}${assumed ? " (assumed: headquarters)" : ""}`;
        const relied = destination.mechanism ? (mechanism(destination.mechanism)?.name.en ?? destination.mechanism) : "—";
        out.push(`| \`${flow.key}\` | ${md(where)} | ${coverageText[destination.status]} | ${md(relied)} |`);
      }
    }
    out.push("");
  }
  for (const group of byRule(result.findings)) {
    const { severity, rule, title, article, hint } = group[0]!;
    out.push(`## ${rule}`, "", `**${severity}** · ${md(title)} · ${md(article)}`, "", `Fix: ${md(hint)}`, "");
    for (const finding of group) out.push(`- ${md(finding.explanation)} \`${finding.id}\``);
    out.push("");
  }
  return out.join("\n");
}
