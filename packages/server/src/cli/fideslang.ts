import { readFile, writeFile } from "node:fs/promises";
import { fideslangYaml, formatProblem, fromFideslang, serializeDataMap } from "@datamap/core";
import type { Command } from "commander";
import { db } from "../db/index.ts";
import { loadMap } from "../map/store.ts";
import { applyToDraft, importExit, readMap, type ApplyOptions } from "./import.ts";
import { dim, withDatabase } from "./output.ts";

const limits = "What each side cannot express: packages/core/src/fideslang/README.md.";

export function fideslangCommand(program: Command): void {
  const fideslang = program.command("fideslang").description(`Exchange systems and vendors with fideslang \`system\` resources (Fides). ${limits}`);

  fideslang
    .command("export")
    .description("Write the draft's systems and vendors (or a data-map file's) as fideslang system resources, flows as privacy declarations, egress and ingress.")
    .option("--file <file>", "a data-map file instead of the database's draft")
    .option("--out <file>", "write here instead of to standard output")
    .action(async (options: { file?: string; out?: string }) => {
      const read = options.file ? await readMap(options.file) : { map: await withDatabase(() => loadMap(db())) };
      if (!read) return void (process.exitCode = importExit.invalidFile);
      const content = fideslangYaml(read.map);
      if (options.out) await writeFile(options.out, content);
      else process.stdout.write(content);
    });

  fideslang
    .command("import")
    .description(`Read fideslang system resources and import them into the draft like \`datamap import\` (or, with --out, write them as a data-map file). Exits ${importExit.invalidFile} when the file cannot be read as fideslang.`)
    .argument("<file>", "fideslang resources (YAML or JSON) with a `system:` list")
    .option("--out <file>", "write a data-map file instead of touching the database")
    .option("--dry-run", "print the diff and write nothing")
    .option("--prune", "end what the file leaves out, as `datamap import --prune` does")
    .option("--json", "print the result as JSON, for scripts")
    .action(async (file: string, options: ApplyOptions & { out?: string }) => {
      const result = fromFideslang(await readFile(file, "utf8"));
      if (!result.ok) {
        console.error(`${file} cannot be read as fideslang:\n${result.errors.map((problem) => `  ${formatProblem(problem, file)}`).join("\n")}`);
        return void (process.exitCode = importExit.invalidFile);
      }
      if (!options.out) return applyToDraft(file, result.map, result.warnings, options);
      for (const warning of result.warnings) process.stderr.write(`${dim("warning:")} ${formatProblem(warning, file)}\n`);
      await writeFile(options.out, serializeDataMap(result.map, "yaml"));
    });
}
