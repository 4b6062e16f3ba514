import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { spawnServer, type ServerProcess } from "../../src/testing/spawn-server.ts";
import { createPostgresDatabase } from "../database.ts";
import { until } from "../webhook-receiver.ts";
import { graphqlAt, subscribeAt } from "./clients.ts";
import { privateRedis, runPrefix } from "./redis.ts";

const example = fileURLToPath(new URL("../../../../examples/fortrabbit/datamap.yaml", import.meta.url));
const adminToken = "redis-outage-admin-token-0123456789abcdef";
let server: ServerProcess | undefined;
let cleanUp: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await server?.stop();
  for (const step of cleanUp) await step();
});

const ready = async () => (await fetch(`${server!.url}/readyz`)).json() as Promise<Record<string, string>>;
const logged = (text: string) => server!.logs.some((line) => line.includes(text));

it("keeps serving while Redis is down, logs that subscriptions are degraded, and is whole again when it returns", { timeout: 180_000 }, async () => {
  // A Redis of the test's own, so that stopping it disturbs no other test.
  const redis = await privateRedis();
  const database = await createPostgresDatabase();
  cleanUp = [() => redis.stop(), database.drop];
  server = await spawnServer({ args: ["--seed", example], env: { DATABASE_URL: database.url, REDIS_URL: redis.url, DATAMAP_REDIS_PREFIX: runPrefix(), DATAMAP_ADMIN_TOKEN: adminToken } });
  expect(await ready()).toEqual({ status: "ready", database: "ok", redis: "ok" });

  await redis.stop();
  await until(() => logged("subscriptions are degraded"), 10_000, "the degraded line in the log");
  expect(await ready()).toMatchObject({ status: "unavailable", database: "ok", redis: "unreachable" });
  expect(await graphqlAt(server.url, `{ vendors { totalCount } }`, {}, adminToken)).toEqual({ data: { vendors: { totalCount: 18 } } });
  expect((await fetch(`${server.url}/api/public/v1/map.json`)).status).toBe(200);

  // This replica's own subscribers still hear its publishes.
  const subscription = await subscribeAt(server.url, `subscription { releasePublished { number } }`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await graphqlAt(server.url, `mutation { createVendor(input: { slug: "stripe", name: { en: "Stripe" }, role: PROCESSOR, processingCountries: ["US"] }) { slug } }`, {}, adminToken);
  expect((await graphqlAt(server.url, `mutation { publish(summary: "Stripe", noticeDays: 0) { number } }`, {}, adminToken)).errors).toBeUndefined();
  await until(() => subscription.events.length > 0, 5000, "the local subscriber");
  expect(subscription.events[0]).toEqual({ data: { releasePublished: { number: 2 } } });
  subscription.close();
  const map = (await (await fetch(`${server.url}/api/public/v1/map.json`)).json()) as { release: { number: number } };
  expect(map.release.number).toBe(2);

  await redis.start();
  await until(async () => (await ready()).status === "ready", 15_000, "readiness to turn green");
  await until(() => logged("redis is reachable again"), 5000, "the recovery line in the log");
});
