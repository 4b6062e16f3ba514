import type { Command } from "commander";
import { closeDatabase, db, openDatabase, resolveDatabaseTarget } from "../db/index.ts";
import { readMapFile } from "../map/seed.ts";
import { seedAndPublish } from "../releases/seed.ts";

export function seedCommand(program: Command): void {
  program
    .command("seed")
    .description("Load a data-map file into an empty database; nothing is written if it holds a map.")
    .argument("<file>", "the data-map file (YAML)")
    .action(async (file: string) => {
      const map = await readMapFile(file);
      await openDatabase(resolveDatabaseTarget());
      try {
        const seeded = await seedAndPublish(db(), map);
        console.log(
          seeded
            ? `Seeded ${map.vendors.length} vendors and ${map.flows.length} flows from ${file}${seeded.release ? ` and published release ${seeded.release}` : ""}.`
            : "The database already holds a map; nothing was written.",
        );
        if (!seeded) process.exitCode = 1;
      } finally {
        await closeDatabase();
      }
    });
}
