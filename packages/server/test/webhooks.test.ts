import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { db } from "../src/db/index.ts";
import { createLogger } from "../src/logger.ts";
import { checkReceiverUrl, isPublicAddress } from "../src/webhooks/address.ts";
import { defaultRetrySchedule, retryDelay } from "../src/webhooks/backoff.ts";
import { startWebhookWorker, type WebhookWorker } from "../src/webhooks/worker.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";
import { until, webhookReceiver } from "./webhook-receiver.ts";

const api = useApp(smallMap);

describe("receiver addresses", () => {
  it.each([["127.0.0.1"], ["10.1.2.3"], ["172.20.0.1"], ["192.168.1.1"], ["169.254.169.254"], ["100.64.0.1"], ["0.0.0.0"], ["::1"], ["fe80::1"], ["fd00::1"], ["::ffff:127.0.0.1"]])(
    "%s is not public",
    (address) => expect(isPublicAddress(address)).toBe(false),
  );
  it.each([["8.8.8.8"], ["2606:4700:4700::1111"]])("%s is public", (address) => expect(isPublicAddress(address)).toBe(true));

  it.each([
    ["http://8.8.8.8/hook", /must start with https/],
    ["https://127.0.0.1/hook", /loopback, private or link-local address \(127\.0\.0\.1\)/],
    ["https://localhost:8443/hook", /loopback, private or link-local address/],
    ["https://[::1]/hook", /loopback, private or link-local/],
    ["https://169.254.169.254/latest/meta-data", /link-local/],
    ["https://user:secret@8.8.8.8/hook", /user name or password/],
  ])("refuses %s", async (url, message) => {
    await expect(checkReceiverUrl(url, false)).rejects.toThrow(message);
  });

  it("accepts a public https address", async () => {
    expect((await checkReceiverUrl("https://8.8.8.8/hook", false)).href).toBe("https://8.8.8.8/hook");
  });
});

describe("retry schedule", () => {
  it("backs off exponentially for about a day, then gives up", () => {
    const delays = Array.from({ length: defaultRetrySchedule.maxAttempts }, (_, index) => retryDelay(index + 1, defaultRetrySchedule, () => 0.5));
    expect(delays.at(-1)).toBeNull();
    const waits = delays.filter((delay): delay is number => delay !== null);
    expect(waits.slice(0, 3)).toEqual([30_000, 60_000, 120_000]);
    const hours = waits.reduce((sum, delay) => sum + delay, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(20);
    expect(hours).toBeLessThan(30);
  });
});

describe("webhook endpoints and deliveries", () => {
  const receiver = webhookReceiver();
  let worker: WebhookWorker;
  let secret: string;
  beforeAll(async () => {
    await receiver.up();
    worker = startWebhookWorker({ logger: createLogger("silent"), intervalMs: 50 });
  });
  afterAll(async () => {
    await worker.stop();
    await receiver.down();
    delete process.env.DATAMAP_WEBHOOKS_ALLOW_PRIVATE;
  });

  const register = (url: string, role: "ADMIN" | "READER" = "ADMIN") =>
    api.graphql<{ createWebhookEndpoint: { secret: string; endpoint: { id: number; events: string[] } } }>(
      `mutation ($url: String!) { createWebhookEndpoint(url: $url, events: [RELEASE_PUBLISHED, RELEASE_EFFECTIVE]) { secret endpoint { id url events } } }`,
      { url },
      { role },
    );

  it("refuses loopback receivers unless configured, and lets only admins register", async () => {
    const refused = await register(receiver.url);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "url" } });
    expect(refused.errors?.[0]?.message).toMatch(/must start with https|loopback/);
    expect((await register("https://8.8.8.8/x", "READER")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    process.env.DATAMAP_WEBHOOKS_ALLOW_PRIVATE = "true";
    const { data, errors } = await register(receiver.url);
    expect(errors).toBeUndefined();
    expect(data?.createWebhookEndpoint.secret).toMatch(/^whsec_/);
    expect(data?.createWebhookEndpoint.endpoint.events).toEqual(["RELEASE_PUBLISHED", "RELEASE_EFFECTIVE"]);
    secret = data!.createWebhookEndpoint.secret;
  });

  it("delivers release.published and release.effective, signed, with every attempt logged, and redelivers", async () => {
    const published = await api.graphql(`mutation { publish(summary: "First list", noticeDays: 0) { number } }`, {}, { role: "PUBLISHER" });
    expect(published.errors).toBeUndefined();
    await until(() => receiver.unique.size === 2, 20_000, "two events");

    const events = [...receiver.unique.values()].map(({ headers, body }) => new Webhook(secret).verify(body, headers) as { type: string; data: { release: { number: number } } });
    expect(events.map((event) => event.type).sort()).toEqual(["release.effective", "release.published"]);
    expect(events.every((event) => event.data.release.number === 1)).toBe(true);

    const id = [...receiver.unique.keys()][0]!;
    const query = `query ($id: String!) { webhookDelivery(id: $id) { status attemptCount attempts { number statusCode error } release { number } } }`;
    // The receiver may see the request before the worker has written the attempt down.
    let delivered = await api.graphql<{ webhookDelivery: { status: string } }>(query, { id }, { role: "ADMIN" });
    await until(async () => {
      delivered = await api.graphql<{ webhookDelivery: { status: string } }>(query, { id }, { role: "ADMIN" });
      return delivered.data?.webhookDelivery.status === "DELIVERED";
    }, 20_000, "the delivery recorded");
    expect(delivered.data).toEqual({ webhookDelivery: { status: "DELIVERED", attemptCount: 1, attempts: [{ number: 1, statusCode: 204, error: null }], release: { number: 1 } } });
    expect((await api.graphql(query, { id }, { role: "EDITOR" })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const redelivered = await api.graphql(`mutation ($id: String!) { redeliverWebhook(id: $id) { status } }`, { id }, { role: "ADMIN" });
    expect(redelivered.errors).toBeUndefined();
    await until(() => receiver.all.length === 3, 20_000, "the redelivery");
    expect(receiver.all[2]?.headers["webhook-id"]).toBe(id);
    await until(async () => (await db().webhookAttempt.count({ where: { deliveryId: id } })) === 2, 5000, "the second attempt's log");
  });
});
