import type { Command } from "commander";
import { closeDatabase, openDatabase, resolveDatabaseTarget } from "../db/index.ts";

export function migrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("Bring the database schema up to date, then exit.")
    .action(async () => {
      const { migrated } = await openDatabase(resolveDatabaseTarget());
      await closeDatabase();
      console.log(migrated.length > 0 ? `Applied ${migrated.join(", ")}.` : "The database is up to date.");
    });
}
