import { Command } from "commander";
import { closeDatabase, ConfigError, db, openDatabase, resolveDatabaseTarget } from "./db/index.ts";
import { MapFileError, readMapFile, seedMap } from "./map/seed.ts";
import { serve } from "./serve.ts";

const program = new Command("datamap")
  .description("datamap: a company's map of personal data, served as GraphQL, widgets and reviews.")
  .showHelpAfterError();

program
  .command("serve")
  .description("Run the GraphQL server (PORT, default 4000); migrates the database first.")
  .option("--seed <file>", "seed an empty database from this data-map file")
  .action(async (options: { seed?: string }) => {
    await serve(options);
  });

program
  .command("migrate")
  .description("Bring the database schema up to date, then exit.")
  .action(async () => {
    const { migrated } = await openDatabase(resolveDatabaseTarget());
    await closeDatabase();
    console.log(migrated.length > 0 ? `Applied ${migrated.join(", ")}.` : "The database is up to date.");
  });

program
  .command("seed")
  .description("Load a data-map file into an empty database.")
  .argument("<file>", "the data-map file (YAML)")
  .action(async (file: string) => {
    const map = await readMapFile(file);
    await openDatabase(resolveDatabaseTarget());
    try {
      const seeded = await seedMap(db(), map);
      console.log(seeded ? `Seeded ${map.vendors.length} vendors and ${map.flows.length} flows from ${file}.` : "The database already holds a map; nothing was written.");
      if (!seeded) process.exitCode = 1;
    } finally {
      await closeDatabase();
    }
  });

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MapFileError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
