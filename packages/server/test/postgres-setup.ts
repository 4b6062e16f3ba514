import pg from "pg";
import { testServerUrl } from "./database.ts";

/** Fails the run at once, with what to do, when the PostgreSQL server for tests is not there. */
export default async function checkPostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    throw new Error(
      `The server-postgres tests need PostgreSQL at ${testServerUrl()} (${(error as Error).message}). ` +
        "Start it (pg_ctlcluster 15 main start), or point TEST_DATABASE_URL at another server, " +
        "or run only the embedded-database tests with: pnpm test --project '!server-postgres'.",
    );
  }
}
