import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { spawnServer, type ServerProcess } from "../../src/testing/spawn-server.ts";
import { admin, createPostgresDatabase } from "../database.ts";
import { until } from "../webhook-receiver.ts";
import { graphqlAt } from "./clients.ts";

const example = fileURLToPath(new URL("../../../../examples/fortrabbit/datamap.yaml", import.meta.url));
const adminToken = "database-outage-admin-token-0123456789ab";
let server: ServerProcess | undefined;
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await server?.stop();
  await drop?.();
});

const status = async () => (await fetch(`${server!.url}/readyz`)).status;
const vendors = () => graphqlAt(server!.url, `{ vendors { totalCount } }`, {}, adminToken);

// The restart of the machine's PostgreSQL itself is in `pnpm test:load`: here other tests share it.
// Cutting this one database off (sessions ended, new ones refused) is the same outage for the server.
it("turns readiness red while its database is unreachable, and recovers without a restart", { timeout: 180_000 }, async () => {
  const database = await createPostgresDatabase();
  drop = database.drop;
  server = await spawnServer({ args: ["--seed", example], env: { DATABASE_URL: database.url, DATAMAP_ADMIN_TOKEN: adminToken } });
  expect(await vendors()).toEqual({ data: { vendors: { totalCount: 18 } } });
  const pid = server.process.pid;
  expect((await fetch(`${server.url}/api/public/v1/map.json`)).status).toBe(200);

  await admin(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}'`);
  await until(async () => (await status()) === 503, 10_000, "readiness to turn red");
  const during = await vendors();
  expect(during.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  expect(during.errors?.[0]?.message).toBe("Unexpected error.");
  // Public JSON built before is served from memory meanwhile; a release never fetched cannot be.
  expect((await fetch(`${server.url}/api/public/v1/map.json`)).status).toBe(200);
  const release = await fetch(`${server.url}/api/public/v1/releases/1.json`);
  expect(release.status).toBe(500);
  expect(await release.json()).toEqual({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });

  await admin(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS true`);
  await until(async () => (await status()) === 200, 15_000, "readiness to turn green");
  expect(await vendors()).toEqual({ data: { vendors: { totalCount: 18 } } });
  expect(server.process.pid).toBe(pid);
  expect(server.process.exitCode).toBeNull();
});
