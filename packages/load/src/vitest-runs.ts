import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * The server's own crash and fuzz tests at full size, on PostgreSQL: `pnpm test` runs them
 * small. Their output (the fuzz tallies) goes straight to the terminal.
 */
export async function fullSizeTests({ fuzzRuns, crashVendors }: { fuzzRuns: number; crashVendors: number }): Promise<boolean> {
  const files = ["test/production/crash-import.test.ts", "test/fuzz-graphql.test.ts", "test/fuzz-map-files.test.ts"].map((file) => `packages/server/${file}`);
  const child = spawn("pnpm", ["exec", "vitest", "run", "--project", "server-postgres", ...files], {
    cwd: root,
    env: { ...process.env, FUZZ_RUNS: String(fuzzRuns), DATAMAP_CRASH_VENDORS: String(crashVendors) },
    stdio: "inherit",
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return code === 0;
}
