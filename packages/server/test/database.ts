import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDatabase, openDatabase, type DatabaseTarget } from "../src/db/index.ts";

/** The server that hosts the throw-away test databases; its own database is never touched. */
export const testServerUrl = () => process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Opens a fresh, migrated database for one test file and returns how to throw it away. */
export async function openTestDatabase(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (process.env.DATAMAP_TEST_DATABASE !== "postgres") {
    const target: DatabaseTarget = { kind: "pglite", dataDir: undefined };
    await openDatabase(target);
    return { target, drop: closeDatabase };
  }
  const { url, drop } = await createPostgresDatabase();
  const target: DatabaseTarget = { kind: "postgres", url };
  await openDatabase(target);
  return {
    target,
    drop: async () => {
      await closeDatabase();
      await drop();
    },
  };
}

/** An empty database on the test server, for server processes to migrate and use. */
export async function createPostgresDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `datamap_test_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
