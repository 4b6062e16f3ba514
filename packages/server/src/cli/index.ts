import { Command } from "commander";
import { ConfigError } from "../db/index.ts";
import { MapFileError } from "../map/seed.ts";
import { migrateCommand } from "./migrate.ts";
import { seedCommand } from "./seed.ts";
import { serveCommand } from "./serve.ts";
import { tokenCommand } from "./token.ts";
import { reviewCommand } from "./review.ts";
import { ropaCommand } from "./ropa.ts";
import { CommandError } from "./errors.ts";
import { importCommand } from "./import.ts";
import { exportCommand } from "./export.ts";
import { diffCommand } from "./diff.ts";
import { fideslangCommand } from "./fideslang.ts";

const program = new Command("datamap")
  .description("datamap: a company's map of personal data, served as GraphQL, widgets and reviews.")
  .showHelpAfterError();

for (const register of [serveCommand, migrateCommand, seedCommand, tokenCommand, reviewCommand, ropaCommand, importCommand, exportCommand, diffCommand, fideslangCommand]) register(program);

program.parseAsync().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof MapFileError || error instanceof CommandError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
