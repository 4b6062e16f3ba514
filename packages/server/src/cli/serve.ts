import type { Command } from "commander";
import { serve } from "../serve.ts";

export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("Run the server (PORT, default 4000); migrates the database first.")
    .option("--seed <file>", "seed an empty database from this data-map file")
    .action(async (options: { seed?: string }) => {
      await serve(options);
    });
}
