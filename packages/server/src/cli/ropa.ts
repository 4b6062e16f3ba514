import { writeFile } from "node:fs/promises";
import type { DataMap } from "@datamap/core";
import { Option, type Command } from "commander";
import { closeDatabase, db, openDatabase, resolveDatabaseTarget } from "../db/index.ts";
import { ropaCsv } from "../exports/ropa-csv.ts";
import { ropaHtml } from "../exports/ropa-html.ts";
import { ropaRecords, type RopaRecordKind } from "../exports/ropa-table.ts";
import { ropaXlsx } from "../exports/ropa-xlsx.ts";
import { readMapFile } from "../map/seed.ts";
import { loadMap } from "../map/store.ts";
import { CommandError } from "./errors.ts";

const formats = ["csv", "xlsx", "html"] as const;

async function draftMap(): Promise<DataMap> {
  await openDatabase(resolveDatabaseTarget());
  try {
    return await loadMap(db());
  } finally {
    await closeDatabase();
  }
}

export function ropaCommand(program: Command): void {
  program
    .command("ropa")
    .description("Export the records of processing activities (GDPR Art. 30): from a data-map file, or from the database's draft.")
    .addOption(new Option("--format <format>", "csv (one record), xlsx (both, a sheet each) or printable html (both)").choices(formats).default("csv"))
    .addOption(new Option("--record <record>", "for csv: the controller's record (Art. 30(1)) or the processor's (Art. 30(2))").choices(ropaRecords).default("controller"))
    .option("--file <file>", "a data-map file (YAML) instead of the database")
    .option("--out <path>", "write here instead of to standard output")
    .action(async (options: { format: (typeof formats)[number]; record: RopaRecordKind; file?: string; out?: string }) => {
      if (options.format === "xlsx" && !options.out && process.stdout.isTTY) throw new CommandError("An XLSX file is binary: give --out <path>, or redirect the output.");
      const map = options.file ? await readMapFile(options.file) : await draftMap();
      const content = options.format === "csv" ? ropaCsv(map, options.record) : options.format === "html" ? ropaHtml(map) : await ropaXlsx(map);
      if (options.out) await writeFile(options.out, content);
      else process.stdout.write(content);
    });
}
