import { describeChanges, diffMaps } from "@datamap/core";
import type { Command } from "commander";
import { readMap } from "./import.ts";
import { changeLines } from "./output.ts";

/** As diff(1): 0 the same, 1 different, 2 trouble. */
export const diffExit = { same: 0, different: 1, invalidFile: 2 } as const;

export function diffCommand(program: Command): void {
  program
    .command("diff")
    .description(
      "Compare two data-map files, with the structured diff releases use: added, changed field by field, ended, removed. " +
        `Exits ${diffExit.same} when they are the same map, ${diffExit.different} when they differ, ${diffExit.invalidFile} when one is not a valid map.`,
    )
    .argument("<a>", "the older data-map file")
    .argument("<b>", "the newer data-map file")
    .option("--json", "print the changes as JSON, each with its effect and English and German text")
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      const [before, after] = [await readMap(a), await readMap(b)];
      if (!before || !after) return void (process.exitCode = diffExit.invalidFile);
      const changes = diffMaps(before.map, after.map);
      process.stdout.write(options.json ? `${JSON.stringify(describeChanges(changes), null, 2)}\n` : changes.length > 0 ? changeLines(changes) : "No changes.\n");
      process.exitCode = changes.length > 0 ? diffExit.different : diffExit.same;
    });
}
