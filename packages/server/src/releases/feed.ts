import { Feed } from "feed";
import { describeChange, type DataMap } from "@datamap/core";
import { db } from "../db/index.ts";
import type { Release } from "../generated/prisma/client.ts";
import { publicLinks } from "./links.ts";
import { toPublished } from "./records.ts";
import { escapeHtml } from "../html.ts";

export type FeedFormat = "atom" | "rss" | "json";

/** How many releases a feed lists, newest first. */
const entries = 50;

/** The changes feed: one entry per release, with its changes in English and German and a link to its JSON. */
export async function changesFeed(base: string, format: FeedFormat): Promise<string> {
  const releases = await db().release.findMany({ orderBy: { number: "desc" }, take: entries });
  const links = publicLinks(base);
  const organization = releases[0] ? (JSON.parse(releases[0].canonical) as DataMap).organization : undefined;
  const owner = organization?.name ?? "datamap";
  const feed = new Feed({
    id: links.atom,
    title: `${owner}: changes to the sub-processor list`,
    description: `Every published change to the sub-processors and data flows of ${owner}, in English and German.`,
    link: links.map,
    language: "en",
    updated: releases[0]?.publishedAt ?? new Date(0),
    generator: "datamap",
    feedLinks: { atom: links.atom, rss: links.rss, json: links.json },
    author: { name: owner, ...(organization?.website ? { link: organization.website } : {}) },
    copyright: `© ${owner}`,
  });
  for (const release of releases) {
    feed.addItem({
      title: `Release ${release.number}: ${release.summary}`,
      id: links.release(release.number),
      link: links.release(release.number),
      date: release.publishedAt,
      published: release.publishedAt,
      description: release.summary,
      content: entryHtml(release, links.release(release.number)),
    });
  }
  if (format === "atom") return feed.atom1();
  if (format === "rss") return feed.rss2();
  return jsonFeed11(feed.json1(), releases);
}

function entryHtml(row: Release, jsonUrl: string): string {
  const lines = toPublished(row).changes.map(describeChange);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const [published, effective] = [day(row.publishedAt), day(row.effectiveAt)];
  const immediate = row.effectiveAt.getTime() <= row.publishedAt.getTime();
  const list = (locale: "en" | "de") => `<ul lang="${locale}">${lines.map((line) => `<li>${escapeHtml(line[locale])}</li>`).join("")}</ul>`;
  return [
    `<p>${escapeHtml(row.summary)}</p>`,
    `<p lang="en">${immediate ? `In effect since ${published}.` : `Published ${published}. New vendors and other additions take effect on ${effective}; removals took effect at once.`}</p>`,
    `<h2 lang="en">Changes</h2>`,
    list("en"),
    `<p lang="de">${immediate ? `Gültig seit ${published}.` : `Veröffentlicht am ${published}. Neue Dienstleister und andere Ergänzungen gelten ab ${effective}; Entfernungen gelten sofort.`}</p>`,
    `<h2 lang="de">Änderungen</h2>`,
    list("de"),
    `<p><a href="${escapeHtml(jsonUrl)}">Release ${row.number} as JSON</a></p>`,
  ].join("\n");
}

/** The feed library writes JSON Feed 1.0; 1.1 renames `author` to `authors` and adds `language`. */
function jsonFeed11(text: string, releases: Release[]): string {
  const { author, items, ...feed } = JSON.parse(text) as { author?: object; items: Record<string, unknown>[] } & Record<string, unknown>;
  return JSON.stringify({
    ...feed,
    version: "https://jsonfeed.org/version/1.1",
    language: "en",
    ...(author ? { authors: [author] } : {}),
    items: items.map((item, index) => {
      const release = releases[index];
      if (!release) return item;
      return { ...item, _datamap: { release: release.number, effectiveAt: release.effectiveAt.toISOString(), changes: toPublished(release).changes.map(describeChange) } };
    }),
  });
}

