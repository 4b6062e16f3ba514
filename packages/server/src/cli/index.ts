import "./wasm-tiering.ts";
import { Command } from "commander";
import { ConfigError } from "../db/target.ts";
import { MapFileError } from "../map/seed.ts";
import { CommandError } from "./errors.ts";

type Register = (program: Command) => void;

/**
 * Each command's module is loaded only when that command runs (all of them for --help): the
 * server's modules (Prisma, the GraphQL schema) take seconds to load, which `datamap review` or
 * `datamap diff` in a CI job should not pay.
 */
const commands: Record<string, () => Promise<Register>> = {
  serve: async () => (await import("./serve.ts")).serveCommand,
  migrate: async () => (await import("./migrate.ts")).migrateCommand,
  seed: async () => (await import("./seed.ts")).seedCommand,
  token: async () => (await import("./token.ts")).tokenCommand,
  review: async () => (await import("./review.ts")).reviewCommand,
  ropa: async () => (await import("./ropa.ts")).ropaCommand,
  import: async () => (await import("./import.ts")).importCommand,
  export: async () => (await import("./export.ts")).exportCommand,
  diff: async () => (await import("./diff.ts")).diffCommand,
  fideslang: async () => (await import("./fideslang.ts")).fideslangCommand,
};

const program = new Command("datamap")
  .description("datamap: a company's map of personal data, served as GraphQL, widgets and reviews.")
  .showHelpAfterError();

const asked = process.argv[2];
const needed = asked && asked in commands ? [asked] : Object.keys(commands);
for (const name of needed) (await commands[name]!())(program);

program.parseAsync().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof MapFileError || error instanceof CommandError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
