import { cachedBody } from "../releases/cache.ts";
import { changesFeed, type FeedFormat } from "../releases/feed.ts";
import type { PublicDocument } from "./conditional.ts";

const contentTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** `/feeds/changes.atom`, `.rss` and `.json` (JSON Feed 1.1): one entry per release. */
export const feedDocuments: PublicDocument[] = (Object.keys(contentTypes) as FeedFormat[]).map((format) => ({
  path: `/feeds/changes.${format}`,
  contentType: contentTypes[format],
  cacheControl: "public, max-age=300",
  body: (base) => cachedBody(`${base} feed ${format}`, async () => ({ body: await changesFeed(base, format) })),
}));
