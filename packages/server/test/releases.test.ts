import { describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

const publishMutation = /* GraphQL */ `
  mutation ($summary: String!, $noticeDays: Int) {
    publish(summary: $summary, noticeDays: $noticeDays) { number publishedAt effectiveAt sha256 changes { type entity id field item before after effect text(locale: DE) } }
  }
`;
type Published = { publish: { number: number; publishedAt: string; effectiveAt: string; sha256: string; changes: Record<string, unknown>[] } };
const publish = (summary: string, noticeDays?: number) => api.graphql<Published>(publishMutation, { summary, noticeDays }, { role: "PUBLISHER" });

const day = 24 * 60 * 60 * 1000;

describe("publish", () => {
  it("publishes release 1 in effect at once, then refuses to publish nothing", async () => {
    const { data, errors } = await publish("First list");
    expect(errors).toBeUndefined();
    expect(data?.publish).toMatchObject({ number: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(data?.publish.effectiveAt).toBe(data?.publish.publishedAt);
    expect(data?.publish.changes.map((change) => `${change.type} ${change.entity} ${change.id}`)).toEqual([
      "ADDED ORGANIZATION organization", "ADDED GROUP hosting", "ADDED GROUP mail", "ADDED SUBJECT customers", "ADDED SYSTEM platform",
      "ADDED VENDOR aws", "ADDED VENDOR mailer", "ADDED FLOW customers->platform", "ADDED FLOW platform->aws", "ADDED FLOW platform->mailer",
    ]);

    const again = await publish("Nothing new");
    expect(again.data).toBeNull();
    expect(again.errors?.[0]).toMatchObject({ message: "Nothing to publish: the public map is the same as in release 1.", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("after edits, lists exactly what changed, and additions wait for the notice period", async () => {
    const platform = await db().node.findUniqueOrThrow({ where: { slug: "platform" } });
    await db().node.update({ where: { slug: "aws" }, data: { countries: ["IE", "US"] } });
    await db().node.update({ where: { slug: "mailer" }, data: { status: "ENDED", notes: "cancelled in June" } });
    const stripe = await db().node.create({ data: { kind: "VENDOR", slug: "stripe", name: "Stripe", role: "SUB_PROCESSOR", status: "ACTIVE", countries: ["US"] } });
    await db().node.create({ data: { kind: "VENDOR", slug: "hidden", name: "Hidden Ltd", role: "PROCESSOR", status: "ACTIVE", countries: ["FR"], public: false } });
    await db().flow.create({ data: { key: "platform->stripe", fromId: platform.id, toId: stripe.id, categories: ["user.financial"], purposes: ["essential.service"], countries: [], mechanisms: ["dpf"] } });
    await db().flow.update({ where: { key: "platform->mailer" }, data: { mechanisms: ["dpf", "scc-2"], categories: ["user.contact.email", "user.name"] } });
    await db().flow.delete({ where: { key: "customers->platform" } });

    const preview = await api.graphql<{ releasePreview: { number: number; changes: unknown[] } }>(`{ releasePreview { number changes { id } } }`);
    expect(preview.data?.releasePreview).toMatchObject({ number: 2, changes: expect.any(Array) });

    const { data, errors } = await publish("Stripe for payments; Mailer ended");
    expect(errors).toBeUndefined();
    const release = data!.publish;
    expect(release.changes).toEqual([
      { type: "ITEM_ADDED", entity: "VENDOR", id: "aws", field: "processingCountries", item: "US", before: null, after: null, effect: "NOTICE", text: "Dienstleister Amazon Web Services: Verarbeitungsland hinzugefügt: Vereinigte Staaten" },
      { type: "ENDED", entity: "VENDOR", id: "mailer", field: null, item: null, before: null, after: null, effect: "IMMEDIATE", text: "Dienstleister beendet: Mailer Inc." },
      { type: "ADDED", entity: "VENDOR", id: "stripe", field: null, item: null, before: null, after: null, effect: "NOTICE", text: "Dienstleister hinzugefügt: Stripe (Verarbeitung: Vereinigte Staaten)" },
      { type: "REMOVED", entity: "FLOW", id: "customers->platform", field: null, item: null, before: null, after: null, effect: "IMMEDIATE", text: "Datenfluss entfernt: Kunden → Platform" },
      { type: "ITEM_ADDED", entity: "FLOW", id: "platform->mailer", field: "categories", item: "user.name", before: null, after: null, effect: "NOTICE", text: expect.stringContaining("Datenkategorie hinzugefügt") },
      { type: "CHANGED", entity: "FLOW", id: "platform->mailer", field: "mechanisms", item: null, before: ["scc-2"], after: ["dpf", "scc-2"], effect: "NOTICE", text: expect.stringContaining("Übermittlungsgrundlagen geändert") },
      { type: "ADDED", entity: "FLOW", id: "platform->stripe", field: null, item: null, before: null, after: null, effect: "NOTICE", text: expect.stringContaining("Platform → Stripe") },
    ]);
    expect(Date.parse(release.effectiveAt) - Date.parse(release.publishedAt)).toBe(30 * day);
  });

  it("keeps the history: list, fetch by number, diff between any two releases, map as of a date", async () => {
    const { data } = await api.graphql<{
      releases: { edges: { node: { number: number; publishedBy: string } }[] };
      release: { summary: string; map: { vendors: { slug: string }[] } };
      diff: { type: string; id: string }[];
      before: { release: null; map: { vendors: unknown[] } };
      now: { release: { number: number }; upcoming: { release: number; changes: string[] }[]; map: { vendors: { slug: string; status: string }[] } };
    }>(/* GraphQL */ `
      query ($yesterday: DateTime!) {
        releases { edges { node { number publishedBy } } }
        release(number: 1) { summary map }
        diff(from: 2, to: 1) { type id }
        before: mapAsOf(date: $yesterday) { release { number } map }
        now: publicMap { release { number } upcoming { release changes } map }
      }
    `, { yesterday: new Date(Date.now() - day).toISOString() });
    expect(data?.releases.edges.map((edge) => edge.node)).toEqual([{ number: 2, publishedBy: "test publisher" }, { number: 1, publishedBy: "test publisher" }]);
    expect(data?.release.summary).toBe("First list");
    expect(data?.release.map.vendors.map((vendor) => vendor.slug)).toEqual(["aws", "mailer"]);
    expect(data?.diff.find((change) => change.id === "stripe")).toEqual({ type: "REMOVED", id: "stripe" });
    expect(data?.before).toEqual({ release: null, map: expect.objectContaining({ vendors: [] }) });
    // Release 2 is in its notice period: its removals apply already, its additions are upcoming.
    expect(data?.now.release.number).toBe(1);
    expect(data?.now.map.vendors.map((vendor) => [vendor.slug, vendor.status])).toEqual([["aws", "active"], ["mailer", "ended"]]);
    expect(data?.now.upcoming).toEqual([{ release: 2, changes: expect.arrayContaining(["Vendor added: Stripe (processing in United States)"]) }]);
  });

  it("lets only publishers publish", async () => {
    const asReader = await api.graphql(publishMutation, { summary: "x" }, { role: "READER" });
    expect(asReader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.graphql(publishMutation, { summary: "x" }, { role: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const preview = await api.graphql(`{ releasePreview { number } }`, {}, { role: null });
    expect(preview.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
