import { cachedBody } from "../releases/cache.ts";
import { changesFeed, type FeedFormat } from "../releases/feed.ts";
import { publicBase } from "../releases/links.ts";
import { cachedResponse } from "./conditional.ts";
import type { Route } from "./router.ts";

const contentTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** `/feeds/changes.atom`, `.rss` and `.json` (JSON Feed 1.1): one entry per release. */
export const feedRoutes: Route[] = (Object.keys(contentTypes) as FeedFormat[]).map((format) => ({
  method: "GET",
  path: `/feeds/changes.${format}`,
  handle: async (request, _params, fetchAPI) => {
    const base = publicBase(request);
    const body = await cachedBody(`${base} feed ${format}`, async () => ({ body: await changesFeed(base, format) }));
    return cachedResponse(request, body, { contentType: contentTypes[format], cacheControl: "public, max-age=300" }, fetchAPI);
  },
}));
