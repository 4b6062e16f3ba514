import { readFile } from "node:fs/promises";
import { review, rules } from "@datamap/core";
import { Option, type Command } from "commander";
import { MapFileError, readMapFile } from "../map/seed.ts";
import { findingLines } from "../review/locate.ts";
import { githubReport, jsonReport, textReport } from "../review/report.ts";
import { markdownReport } from "../review/report-markdown.ts";

const formats = ["text", "json", "github", "markdown"] as const;

/** Exit codes for CI: findings are not a crash, and an unreadable map is not a finding. */
export const reviewExit = { clean: 0, errorFindings: 1, invalidMap: 2 } as const;

export function reviewCommand(program: Command): void {
  program
    .command("review")
    .description(
      `Review a data-map file against the rules. Exits ${reviewExit.errorFindings} when an error-level finding is open, ` +
        `${reviewExit.invalidMap} when the file is not a valid map, ${reviewExit.clean} otherwise.`,
    )
    .argument("<file>", "the data-map file (YAML)")
    .addOption(new Option("--format <format>", "how to print the findings").choices(formats).default("text"))
    .option("--on <date>", "check adequacy decisions' sunset clauses for this day (YYYY-MM-DD)", new Date().toISOString().slice(0, 10))
    .addHelpText("after", `\nRules (severities can be changed, or rules turned off, in the map's review.rules):\n${rules.map((rule) => `  ${rule.id.padEnd(36)} ${rule.severity.padEnd(8)} ${rule.article}`).join("\n")}`)
    .action(async (file: string, options: { format: (typeof formats)[number]; on: string }) => {
      let map;
      try {
        map = await readMapFile(file);
      } catch (error) {
        if (!(error instanceof MapFileError)) throw error;
        console.error(error.message);
        process.exitCode = reviewExit.invalidMap;
        return;
      }
      const result = review(map, { on: options.on });
      const lineOf = findingLines(await readFile(file, "utf8"), map);
      const print = {
        text: () => textReport(file, result),
        json: () => jsonReport(file, result, lineOf),
        github: () => githubReport(file, result, lineOf),
        markdown: () => markdownReport(file, map, result),
      }[options.format];
      process.stdout.write(print());
      process.exitCode = result.findings.some((finding) => finding.severity === "error") ? reviewExit.errorFindings : reviewExit.clean;
    });
}
