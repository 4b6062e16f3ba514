import { closeDatabase, openDatabase, type DatabaseTarget } from "../src/db/index.ts";
import { adminQuery, createThrowAwayDatabase } from "../src/testing/postgres-databases.ts";

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
export const createPostgresDatabase = () => createThrowAwayDatabase(testServerUrl(), "datamap_test");

export const admin = (sql: string) => adminQuery(testServerUrl(), sql);
