import { randomBytes } from "node:crypto";
import pg from "pg";

/** Runs one statement on `serverUrl`'s own database, e.g. to create, close or drop another. */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ThrowAwayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** An empty database named `<prefix>_<random>` on the PostgreSQL server at `serverUrl`, and how to drop it. */
export async function createThrowAwayDatabase(serverUrl: string, prefix: string): Promise<ThrowAwayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
