import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnServer, type ServerProcess } from "../../src/testing/spawn-server.ts";
import { createPostgresDatabase } from "../database.ts";
import { until, webhookReceiver } from "../webhook-receiver.ts";
import { graphqlAt, subscribeAt } from "./clients.ts";
import { requireRedis, runPrefix, testRedisUrl } from "./redis.ts";

const example = fileURLToPath(new URL("../../../../examples/fortrabbit/datamap.yaml", import.meta.url));
const adminToken = "replica-test-admin-token-0123456789abcdef";
const receiver = webhookReceiver();
let a: ServerProcess;
let b: ServerProcess;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  await requireRedis();
  const database = await createPostgresDatabase();
  dropDatabase = database.drop;
  await receiver.up();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    DATAMAP_REDIS_PREFIX: runPrefix(),
    DATAMAP_ADMIN_TOKEN: adminToken,
    DATAMAP_WEBHOOKS_ALLOW_PRIVATE: "true",
    // Both replicas look for webhook work constantly, so that they compete for every delivery.
    DATAMAP_WEBHOOK_POLL_MS: "50",
  };
  a = await spawnServer({ args: ["--seed", example], env });
  b = await spawnServer({ env });
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await receiver.down();
  await dropDatabase?.();
});

describe("two replicas on one PostgreSQL and one Redis", () => {
  it("a publish on A reaches B's subscribers, B's public JSON within a second, and each webhook once", async () => {
    expect(new URL(a.url).port).not.toBe(new URL(b.url).port);
    const registered = await graphqlAt(a.url, `mutation ($url: String!) { createWebhookEndpoint(url: $url, events: [RELEASE_PUBLISHED, RELEASE_EFFECTIVE]) { secret } }`, { url: receiver.url }, adminToken);
    expect(registered.errors).toBeUndefined();

    const subscription = await subscribeAt(b.url, `subscription { releasePublished { number summary } }`);
    const before = await (await fetch(`${b.url}/api/public/v1/map.json`)).json() as { release: { number: number } };
    expect(before.release.number).toBe(1);
    // Lets B's subscription reach Redis before anything is published.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const created = await graphqlAt(a.url, `mutation { createVendor(input: { slug: "stripe", name: { en: "Stripe" }, role: SUB_PROCESSOR, processingCountries: ["US"] }) { slug } }`, {}, adminToken);
    expect(created.errors).toBeUndefined();
    const published = await graphqlAt(a.url, `mutation { publish(summary: "Stripe for payments", noticeDays: 0) { number } }`, {}, adminToken);
    expect(published.errors).toBeUndefined();
    const publishedAt = Date.now();

    let seenAfterMs = Number.POSITIVE_INFINITY;
    await until(async () => {
      const map = await (await fetch(`${b.url}/api/public/v1/map.json`)).json() as { release: { number: number } };
      if (map.release.number === 2) seenAfterMs = Date.now() - publishedAt;
      return map.release.number === 2;
    }, 1000, "B's map.json to show release 2");
    expect(seenAfterMs).toBeLessThan(1000);

    await until(() => subscription.events.length > 0, 5000, "B's subscriber to hear the publish");
    expect(subscription.events[0]).toEqual({ data: { releasePublished: { number: 2, summary: "Stripe for payments" } } });
    subscription.close();

    await until(() => receiver.unique.size === 2, 10_000, "both webhook events");
    // Long enough for the other replica to have sent a repeat, had it claimed one too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const types = [...receiver.unique.values()].map(({ body }) => (JSON.parse(body) as { type: string }).type).sort();
    expect(types).toEqual(["release.effective", "release.published"]);
    expect(receiver.all).toHaveLength(2);
  });

  it("both replicas are ready, and say so for PostgreSQL and Redis", async () => {
    for (const server of [a, b]) {
      const response = await fetch(`${server.url}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ready", database: "ok", redis: "ok" });
    }
  });

  it("on SIGTERM, B ends its open subscription streams and exits well before the timeout", async () => {
    const subscription = await subscribeAt(b.url, `subscription { releasePublished { number } }`);
    const started = Date.now();
    const code = await b.stop();
    await subscription.ended;
    expect(subscription.completed).toBe(true);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(b.logs.some((line) => line.includes("ending subscription streams"))).toBe(true);
  });
});
