/**
 * Public URLs are absolute in feeds, webhooks and JSON. DATAMAP_PUBLIC_URL names the address the
 * world uses (behind a proxy it differs from the request's); without it the request's origin is used.
 */
export function publicBase(request?: Pick<Request, "url">): string {
  const configured = process.env.DATAMAP_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return request ? new URL(request.url).origin : "http://localhost:4000";
}

export const publicLinks = (base: string) => ({
  map: `${base}/api/public/v1/map.json`,
  release: (number: number) => `${base}/api/public/v1/releases/${number}.json`,
  atom: `${base}/feeds/changes.atom`,
  rss: `${base}/feeds/changes.rss`,
  json: `${base}/feeds/changes.json`,
});
