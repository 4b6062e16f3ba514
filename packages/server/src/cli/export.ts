import { writeFile } from "node:fs/promises";
import { fileFormats, type FileFormat } from "@datamap/core";
import { Option, type Command } from "commander";
import { exportMap } from "../map/export.ts";
import { withDatabase } from "./output.ts";

export function exportCommand(program: Command): void {
  program
    .command("export")
    .description("Write the draft as a data-map file. Stable: the same draft gives the same bytes, and YAML or JSON imports back unchanged.")
    .addOption(new Option("--format <format>", "yaml or json (data-map files) or csv (a spreadsheet view)").choices(fileFormats).default("yaml"))
    .option("--out <file>", "write here instead of to standard output")
    .option("--schema-url <url>", "point editors at the JSON Schema: a modeline in YAML, $schema in JSON")
    .action(async (options: { format: FileFormat; out?: string; schemaUrl?: string }) => {
      const content = await withDatabase(() => exportMap(options.format, { schemaUrl: options.schemaUrl }));
      if (options.out) await writeFile(options.out, content);
      else process.stdout.write(content);
    });
}
