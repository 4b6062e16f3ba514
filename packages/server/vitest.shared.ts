import { createRequire } from "node:module";
import type { TestProjectInlineConfiguration } from "vitest/config";

// Node loads graphql's CommonJS build for the libraries; make our own imports load the same one,
// or graphql refuses types "from another module or realm".
const graphql = createRequire(import.meta.url).resolve("graphql");

/**
 * The server's tests run twice: on an in-memory PGlite (vitest.config.ts) and on the PostgreSQL
 * server at TEST_DATABASE_URL (vitest.postgres.config.ts), each test file in a fresh database.
 */
export function serverProject(database: "pglite" | "postgres"): TestProjectInlineConfiguration {
  return {
    resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
    test: {
      name: database === "pglite" ? "server" : "server-postgres",
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      // Start-up runs real processes on the embedded database, production ones (replicas, faults)
      // on PostgreSQL and Redis; once each is enough.
      exclude: database === "postgres" ? ["test/startup.test.ts", "test/empty-database.test.ts", "test/review-cli.test.ts", "test/map-file-cli.test.ts"] : ["test/production/**"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...(database === "postgres" ? { globalSetup: ["test/postgres-setup.ts"] } : {}),
      env: { DATAMAP_TEST_DATABASE: database, LOG_LEVEL: "silent", NODE_ENV: "test" },
    },
  };
}
