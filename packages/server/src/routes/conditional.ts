import type { FetchAPI } from "graphql-yoga";
import type { CachedBody } from "../releases/cache.ts";

export interface PublicHeaders {
  contentType: string;
  cacheControl: string;
}

/**
 * A public, cacheable answer: strong ETag, `If-None-Match` answered with 304, open CORS for
 * GET (widgets and feed readers fetch from other origins).
 */
export function cachedResponse(request: Request, { bytes, etag }: CachedBody, { contentType, cacheControl }: PublicHeaders, { Response }: FetchAPI): Response {
  const headers = {
    "content-type": contentType,
    "cache-control": cacheControl,
    etag,
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "etag",
    "cross-origin-resource-policy": "cross-origin",
    "x-content-type-options": "nosniff",
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  // Bytes, not the string: a string body is checked and encoded anew for every answer. Yoga's
  // Response, not the global one, which copies the bytes into a stream for every answer.
  return new Response(request.method === "HEAD" ? null : bytes, { status: 200, headers });
}

/** If-None-Match compares weakly: W/"x" matches "x" (RFC 9110, 13.1.2). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

export function notFound(message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status: 404,
    headers: { "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*", "cache-control": "public, max-age=60" },
  });
}
