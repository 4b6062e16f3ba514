import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { closeDatabase, openDatabase } from "@datamap/server";
import { createThrowAwayDatabase } from "@datamap/server/testing";

export type DatabaseKind = "pglite" | "postgres";

/** The PostgreSQL server that hosts the benchmark's throw-away databases (BENCH_DATABASE_URL). */
export const postgresServer = () => process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Whether a PostgreSQL server answers; the suite skips its PostgreSQL rows when none does. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresServer(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a fresh, migrated database as the process's `db()`: PGlite in a temporary folder (as
 * `datamap serve` runs it, on disk) or a new database on the PostgreSQL server. Returns how to
 * close and throw it away.
 */
export async function openFreshDatabase(kind: DatabaseKind): Promise<() => Promise<void>> {
  if (kind === "pglite") {
    const folder = mkdtempSync(join(tmpdir(), "datamap-bench-"));
    await openDatabase({ kind: "pglite", dataDir: join(folder, "db") });
    return async () => {
      await closeDatabase();
      rmSync(folder, { recursive: true, force: true });
    };
  }
  const database = await createThrowAwayDatabase(postgresServer(), "datamap_bench");
  await openDatabase({ kind: "postgres", url: database.url });
  return async () => {
    await closeDatabase();
    await database.drop();
  };
}
