import { describe, expect, it } from "vitest";
import type { Role } from "../src/generated/prisma/enums.ts";
import { mapEvents } from "../src/events.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

/** Subscribes over server-sent events and returns the first `next` event's payload (or an error). */
async function subscribe(query: string, role: Role | null) {
  const headers: Record<string, string> = { accept: "text/event-stream", "content-type": "application/json" };
  if (role) headers.authorization = `Bearer ${await api.tokenFor(role)}`;
  const abort = new AbortController();
  const response = await api.app.fetch("http://datamap.test/graphql", { method: "POST", headers, body: JSON.stringify({ query }), signal: abort.signal });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const next = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended: ${buffer}`);
      buffer += value;
      const event = /event: next\ndata: (.*)\n/.exec(buffer);
      if (event) return JSON.parse(event[1]!) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
    }
  })();
  // Lets the subscription start listening before anything is published.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { next, close: () => abort.abort() };
}

describe("subscriptions over SSE", () => {
  it("releasePublished receives a publish made through another request", async () => {
    const subscription = await subscribe(`subscription { releasePublished { number summary changes { text } } }`, null);
    try {
      const published = await api.graphql(`mutation { publish(summary: "First list") { number } }`, {}, { role: "PUBLISHER" });
      expect(published.errors).toBeUndefined();
      const event = await subscription.next;
      expect(event.data).toMatchObject({ releasePublished: { number: 1, summary: "First list", changes: expect.arrayContaining([{ text: "Vendor added: Mailer Inc. (processing in United States)" }]) } });
    } finally {
      subscription.close();
    }
  });

  it("mapChanged is for readers and up", async () => {
    const anonymous = await subscribe(`subscription { mapChanged { entity key } }`, null);
    mapEvents.publish("mapChanged", { entity: "vendor", key: "aws", action: "updated", actor: "test", at: new Date() });
    expect((await anonymous.next).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    anonymous.close();

    const reader = await subscribe(`subscription { mapChanged { entity key action actor } }`, "READER");
    try {
      const created = await api.graphql(
        `mutation { createVendor(input: { slug: "stripe", name: { en: "Stripe" }, role: SUB_PROCESSOR, processingCountries: ["US"] }) { slug } }`,
        {},
        { role: "EDITOR" },
      );
      expect(created.errors).toBeUndefined();
      expect((await reader.next).data).toEqual({ mapChanged: { entity: "vendor", key: "stripe", action: "created", actor: "test editor" } });
    } finally {
      reader.close();
    }
  });
});
