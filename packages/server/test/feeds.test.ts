import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);
const base = "http://datamap.test";
const fetchText = async (path: string) => {
  const response = await api.app.fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  return { text: await response.text(), type: response.headers.get("content-type") };
};

beforeAll(async () => {
  const publish = `mutation ($summary: String!) { publish(summary: $summary) { number } }`;
  expect((await api.graphql(publish, { summary: "First list" }, { role: "PUBLISHER" })).errors).toBeUndefined();
  await db().node.update({ where: { slug: "mailer" }, data: { status: "ENDED" } });
  await db().node.update({ where: { slug: "aws" }, data: { countries: ["IE", "US"] } });
  expect((await api.graphql(publish, { summary: "Mailer ended <for good> & AWS in the US" }, { role: "PUBLISHER" })).errors).toBeUndefined();
});

describe("change feeds", () => {
  it.each([
    ["atom", "/feeds/changes.atom", "application/atom+xml"],
    ["rss", "/feeds/changes.rss", "application/rss+xml"],
  ] as const)("%s parses with an independent parser, one entry per release in English and German", async (kind, path, type) => {
    const { text, type: contentType } = await fetchText(path);
    expect(contentType).toContain(type);
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe(kind);
    expect(feed.title).toBe("Example GmbH: changes to the sub-processor list");
    expect(feed.items.map((item) => item.title)).toEqual(["Release 2: Mailer ended <for good> & AWS in the US", "Release 1: First list"]);
    const [latest] = feed.items;
    expect(latest?.url).toBe(`${base}/api/public/v1/releases/2.json`);
    expect(latest?.published?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(latest?.content).toContain("Vendor ended: Mailer Inc.");
    expect(latest?.content).toContain("Dienstleister beendet: Mailer Inc.");
    expect(latest?.content).toContain("Verarbeitungsland hinzugefügt: Vereinigte Staaten");
  });

  it("serves JSON Feed 1.1", async () => {
    const { text, type } = await fetchText("/feeds/changes.json");
    expect(type).toContain("application/feed+json");
    const feed = JSON.parse(text) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: expect.any(String),
      home_page_url: `${base}/api/public/v1/map.json`,
      feed_url: `${base}/feeds/changes.json`,
      language: "en",
      authors: [{ name: "Example GmbH" }],
    });
    expect(feed).not.toHaveProperty("author");
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_html).toBe("string");
      expect(Number.isNaN(Date.parse(item.date_published as string))).toBe(false);
    }
    expect(feed.items[0]).toMatchObject({
      id: `${base}/api/public/v1/releases/2.json`,
      url: `${base}/api/public/v1/releases/2.json`,
      _datamap: { release: 2, changes: expect.arrayContaining([{ en: "Vendor ended: Mailer Inc.", de: "Dienstleister beendet: Mailer Inc." }]) },
    });
  });
});
