import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { closeDatabase, openDatabase, type DatabaseTarget } from "@datamap/server";

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
  const name = `datamap_bench_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresServer());
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: "postgres", url: url.toString() };
  await openDatabase(target);
  return async () => {
    await closeDatabase();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServer() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
