import { mkdirSync, accessSync, constants } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { ConfigError, type DatabaseTarget } from "./target.ts";

/** Plain SQL outside Prisma, for the migrator and health checks. */
export interface Sql {
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** An opened database: the Prisma adapter plus what the migrator and shutdown need. */
export interface Connection extends Sql {
  target: DatabaseTarget;
  adapter: PrismaPGlite | PrismaPg;
  /** Runs `work` in one transaction on one session, rolled back if it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function connect(target: DatabaseTarget): Promise<Connection> {
  return target.kind === "pglite" ? openPGlite(target) : openPostgres(target);
}

async function openPGlite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Connection> {
  const { dataDir } = target;
  if (dataDir) ensureWritableFolder(dataDir);
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady.catch((error: unknown) => {
    throw new ConfigError(`DATAMAP_DATA_DIR: cannot open the database in ${dataDir}: ${String(error)}`);
  });
  return {
    target,
    adapter: new PrismaPGlite(pglite),
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
        }),
      ),
    close: () => pglite.close(),
  };
}

async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits here; without a listener the process dies.
  pool.on("error", () => {});
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end();
    const host = new URL(target.url).host;
    throw new ConfigError(`DATABASE_URL: cannot reach PostgreSQL at ${host}: ${(error as Error).message}`);
  }
  return {
    target,
    adapter: new PrismaPg(pool),
    exec: async (sql) => void (await pool.query(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await work({
          exec: async (sql) => void (await client.query(sql)),
          query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
        });
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function ensureWritableFolder(dir: string): void {
  try {
    // PGlite creates only the last folder itself.
    mkdirSync(dirname(dir), { recursive: true });
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new ConfigError(`DATAMAP_DATA_DIR: ${dir} is not a writable folder (${(error as NodeJS.ErrnoException).code}).`);
  }
}
