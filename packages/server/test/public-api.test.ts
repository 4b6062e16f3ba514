import { describe, expect, it } from "vitest";
import type { PublicMapDocument, ReleaseDocument } from "@datamap/core";
import { db, onStatement } from "../src/db/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);
const base = "http://datamap.test";
const get = (path: string, headers: Record<string, string> = {}) => api.app.fetch(`${base}${path}`, { headers });
const publish = (summary: string) =>
  api.graphql(`mutation ($summary: String!) { publish(summary: $summary) { number } }`, { summary }, { role: "PUBLISHER" });

/** What must never leave the draft: a non-public vendor, internal notes, and an edit not yet published. */
const draftOnly = ["relay", "Relay Ltd", "contract renewal in May", "draft-only", "Draft Only GmbH"];

describe("public read API", () => {
  it("serves an empty map before the first release", async () => {
    const response = await get("/api/public/v1/map.json");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ format: "datamap/public-map@1", release: null, upcoming: [], map: { vendors: [] } });
  });

  it("serves the effective release with a strong ETag, answers If-None-Match with 304, and then needs no database", async () => {
    expect((await publish("First list")).errors).toBeUndefined();
    const first = await get("/api/public/v1/map.json");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const document = (await first.json()) as PublicMapDocument;
    expect(document.release?.number).toBe(1);
    expect(document.links.atom).toBe(`${base}/feeds/changes.atom`);

    const statements: string[] = [];
    const stop = onStatement((sql) => statements.push(sql));
    try {
      const notModified = await get("/api/public/v1/map.json", { "if-none-match": etag });
      expect(notModified.status).toBe(304);
      expect(await notModified.text()).toBe("");
      expect(notModified.headers.get("etag")).toBe(etag);
      const again = await get("/api/public/v1/map.json");
      expect(await again.json()).toEqual(document);
      expect((await get("/api/public/v1/map.json", { "if-none-match": `W/${etag}` })).status).toBe(304);
    } finally {
      stop();
    }
    expect(statements).toEqual([]);
  });

  it("serves a release by number, and 404 for one that does not exist", async () => {
    const response = await get("/api/public/v1/releases/1.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as ReleaseDocument;
    expect(document).toMatchObject({ format: "datamap/release@1", release: { number: 1 }, previous: null });
    expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await get("/api/public/v1/releases/1.json", { "if-none-match": response.headers.get("etag")! })).status).toBe(304);
    expect((await get("/api/public/v1/releases/9.json")).status).toBe(404);
    expect((await get("/api/public/v1/releases/01.json")).status).toBe(404);
  });

  it("rebuilds on publish, and never shows the draft in public JSON, feeds or publicMap", async () => {
    const before = await get("/api/public/v1/map.json");
    await db().node.update({ where: { slug: "aws" }, data: { legalName: "AWS EMEA SARL" } });
    expect((await publish("AWS legal name")).errors).toBeUndefined();
    await db().node.create({ data: { kind: "VENDOR", slug: "draft-only", name: "Draft Only GmbH", role: "PROCESSOR", status: "ACTIVE", countries: ["DE"] } });

    const after = await get("/api/public/v1/map.json");
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    const document = (await after.json()) as PublicMapDocument;
    expect(document.upcoming).toEqual([{ release: 2, effectiveAt: expect.any(String), changes: [{ en: "Vendor Amazon Web Services: legal name changed from Amazon Web Services EMEA SARL to AWS EMEA SARL", de: expect.any(String) }] }]);

    const graphql = await api.graphql(`{ publicMap { document } releases { edges { node { canonical } } } }`, {}, { role: null });
    const bodies = [
      JSON.stringify(document),
      JSON.stringify(graphql.data),
      ...(await Promise.all(["/api/public/v1/releases/1.json", "/api/public/v1/releases/2.json", "/feeds/changes.atom", "/feeds/changes.rss", "/feeds/changes.json"].map(async (path) => (await get(path)).text()))),
    ];
    for (const body of bodies) for (const secret of draftOnly) expect(body).not.toContain(secret);
    expect(JSON.stringify(graphql.data)).toContain("AWS EMEA SARL");
  });
});
