import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFeed } from "@rowanmanning/feed-parser";
import { Webhook } from "standardwebhooks";
import { afterAll, expect, it } from "vitest";
import { closeDatabase, db, type DatabaseTarget } from "../src/db/index.ts";
import { serve } from "../src/serve.ts";
import { openTestDatabase } from "./database.ts";
import { until, webhookReceiver } from "./webhook-receiver.ts";

const exampleMap = fileURLToPath(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url));
const adminToken = "restart-test-admin-token";
const fast = { intervalMs: 100, schedule: { firstDelayMs: 200, maxDelayMs: 1000, maxAttempts: 100 } };
let dropDatabase: (() => Promise<void>) | undefined;

afterAll(async () => {
  delete process.env.DATAMAP_WEBHOOKS_ALLOW_PRIVATE;
  delete process.env.DATAMAP_ADMIN_TOKEN;
  await dropDatabase?.();
});

/** A database that outlives one server: a PGlite folder, or a PostgreSQL database. */
async function durableTarget(): Promise<DatabaseTarget> {
  if (process.env.DATAMAP_TEST_DATABASE !== "postgres") return { kind: "pglite", dataDir: join(mkdtempSync(join(tmpdir(), "datamap-restart-")), "db") };
  const { target, drop } = await openTestDatabase();
  await closeDatabase();
  dropDatabase = drop;
  return target;
}

it("delivers every webhook event at least once across a restart, while the receiver was down", { timeout: 180_000 }, async () => {
  process.env.DATAMAP_WEBHOOKS_ALLOW_PRIVATE = "true";
  process.env.DATAMAP_ADMIN_TOKEN = adminToken;
  const config = { port: 0, host: "127.0.0.1", database: await durableTarget() };
  // Answers 503 the first time it sees an event, so that the retry is a repeat it must drop.
  const receiver = webhookReceiver((_received, seenBefore) => (seenBefore ? 204 : 503));
  await receiver.up();
  await receiver.down();

  const first = await serve({ seed: exampleMap, config, webhooks: fast });
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${first.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { secret?: string }>; errors?: unknown[] };
  };

  const atom = parseFeed(await (await fetch(`${first.url}/feeds/changes.atom`)).text());
  expect(atom.items.map((item) => item.title)).toEqual(["Release 1: The map as first published from its data-map file."]);

  const registered = await graphql(`mutation ($url: String!) { createWebhookEndpoint(url: $url, events: [RELEASE_PUBLISHED, RELEASE_EFFECTIVE]) { secret } }`, { url: receiver.url });
  expect(registered.errors).toBeUndefined();
  const secret = registered.data!.createWebhookEndpoint!.secret!;
  await db().node.update({ where: { slug: "postmark" }, data: { countries: ["US", "DE"] } });
  expect((await graphql(`mutation { publish(summary: "Postmark also in Germany", noticeDays: 0) { number } }`)).errors).toBeUndefined();

  // Both events were tried and failed while the receiver was down; then the server stops.
  await until(async () => (await db().webhookDelivery.count({ where: { attemptCount: { gte: 1 } } })) === 2, 20_000, "failed attempts");
  await first.close();

  const second = await serve({ config, webhooks: fast });
  try {
    await receiver.up();
    await until(async () => (await db().webhookDelivery.count({ where: { status: "DELIVERED" } })) === 2, 30_000, "both deliveries");
    const deliveries = await db().webhookDelivery.findMany({ include: { attempts: { orderBy: { number: "asc" } } } });
    expect(deliveries.map((delivery) => delivery.event).sort()).toEqual(["release.effective", "release.published"]);
    expect([...receiver.unique.keys()].sort()).toEqual(deliveries.map((delivery) => delivery.id).sort());
    expect(receiver.all.length).toBeGreaterThan(receiver.unique.size);
    for (const { headers, body } of receiver.unique.values()) {
      expect(new Webhook(secret).verify(body, headers)).toMatchObject({ data: { release: { number: 2 } } });
    }
    for (const delivery of deliveries) {
      const outcomes = delivery.attempts.map((attempt) => attempt.statusCode ?? attempt.error?.split(":")[0]);
      expect(outcomes[0]).toBe("ECONNREFUSED");
      expect(outcomes.slice(-2)).toEqual([503, 204]);
    }
  } finally {
    await second.close();
    await receiver.down();
  }
});
