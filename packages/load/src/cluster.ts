import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { syntheticMap } from "@datamap/core";
import { spawnServer, type ServerProcess } from "@datamap/server/testing";
import pg from "pg";

export const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/0";
export const adminToken = `load-${randomBytes(24).toString("hex")}`;

/** Stops the run at once, with what to do, when PostgreSQL or Redis is not there. */
export async function preflight(): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  await client.connect().catch((error: Error) => {
    throw new Error(`test:load needs PostgreSQL at ${postgresUrl} (${error.message}); start it with: pg_ctlcluster 15 main start`);
  });
  await client.end();
  try {
    execFileSync("redis-cli", ["-u", redisUrl, "ping"], { stdio: "pipe", timeout: 3000 });
  } catch {
    throw new Error(`test:load needs Redis at ${redisUrl}; start it as .ci/run does: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`);
  }
}

export async function adminQuery<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Two replicas on a fresh database, sharing Redis under a key prefix of their own. */
export async function startCluster(map = syntheticMap({ vendors: 200, flows: 600, seed: 7, faults: 0 })) {
  const name = `datamap_load_${randomBytes(5).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const file = join(mkdtempSync(join(tmpdir(), "datamap-load-")), "map.json");
  writeFileSync(file, JSON.stringify(map));
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_URL: redisUrl,
    DATAMAP_REDIS_PREFIX: `datamap-load-${name}:`,
    DATAMAP_ADMIN_TOKEN: adminToken,
    // All load comes from one loopback address; the limits would (rightly) refuse it.
    DATAMAP_RATE_LIMIT_IP: "0",
    DATAMAP_RATE_LIMIT_TOKEN: "0",
  };
  const replicas: ServerProcess[] = [await spawnServer({ args: ["--seed", file], env })];
  replicas.push(await spawnServer({ env }));
  return {
    replicas,
    async stop() {
      await Promise.all(replicas.map((replica) => replica.stop()));
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dirname(file), { recursive: true, force: true });
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

export async function graphql(baseUrl: string, query: string, token = adminToken): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!(await Promise.resolve().then(check).catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`gave up after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
  return Date.now() - started;
}
