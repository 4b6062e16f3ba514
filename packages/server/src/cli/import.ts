import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describeChanges, formatProblem, parseDataMap, type DataMap, type MapProblem } from "@datamap/core";
import type { Command } from "commander";
import { ImportConflict, importMap } from "../map/import.ts";
import { CommandError } from "./errors.ts";
import { bold, changeLines, dim, progressBar, withDatabase } from "./output.ts";

/** Exit codes for scripts: an invalid file is not the same failure as a database that refuses. */
export const importExit = { ok: 0, failed: 1, invalidFile: 2 } as const;

export interface ApplyOptions {
  dryRun?: boolean;
  prune?: boolean;
  json?: boolean;
}

/** Imports a parsed map into the database's draft and prints the diff; shared with `fideslang import`. */
export async function applyToDraft(source: string, map: DataMap, warnings: readonly MapProblem[], options: ApplyOptions): Promise<void> {
  const bar = progressBar("Importing");
  const ctx = { actor: { name: "datamap import", role: "ADMIN" as const, tokenId: null }, requestId: randomUUID() };
  const result = await withDatabase(async () => {
    try {
      return await importMap(map, { dryRun: options.dryRun, prune: options.prune, ctx, onProgress: (done, total) => bar.update(done, total) });
    } catch (error) {
      if (error instanceof ImportConflict) throw new CommandError(`${source}: ${error.message}`);
      throw error;
    } finally {
      bar.stop();
    }
  });
  const lines = warnings.map((warning) => formatProblem(warning, source));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ source, dryRun: result.dryRun, written: result.written, warnings: lines, changes: describeChanges(result.changes) }, null, 2)}\n`);
    return;
  }
  for (const line of lines) process.stderr.write(`${dim("warning:")} ${line}\n`);
  process.stdout.write(changeLines(result.changes));
  const { create, update, end, delete: deleted } = result.written;
  const counts = `created ${create}, updated ${update}, ended ${end}, deleted ${deleted}`;
  process.stdout.write(result.dryRun ? `${bold("Dry run")}: would have ${counts}; nothing was written.\n` : `${bold("Imported")} ${source}: ${counts}.\n`);
}

/** The file's map and warnings; prints its problems with file:line:column and returns nothing when it is not valid. */
export async function readMap(file: string): Promise<{ map: DataMap; warnings: MapProblem[] } | undefined> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    console.error(`${file}: cannot read the file (${error.code}).`);
  });
  if (text === undefined) return undefined;
  const result = parseDataMap(text);
  if (result.ok) return result;
  console.error(`${file} is not a valid data map:\n${result.errors.map((problem) => `  ${formatProblem(problem, file)}`).join("\n")}`);
  return undefined;
}

export function importCommand(program: Command): void {
  program
    .command("import")
    .description(
      "Apply a data-map file to the draft: entries matched by slug (flows by key) are created or updated, all in one transaction. " +
        `Exits ${importExit.invalidFile} when the file is not a valid map, ${importExit.failed} when the import fails, ${importExit.ok} otherwise.`,
    )
    .argument("<file>", "the data-map file (YAML or JSON)")
    .option("--dry-run", "print the diff and write nothing")
    .option("--prune", "end vendors, systems and subject groups the file leaves out (never deleted), delete its flows and unused groups")
    .option("--json", "print the result as JSON, for scripts")
    .action(async (file: string, options: ApplyOptions) => {
      const read = await readMap(file);
      if (!read) return void (process.exitCode = importExit.invalidFile);
      await applyToDraft(file, read.map, read.warnings, options);
    });
}
