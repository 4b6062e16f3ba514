import type { FetchAPI } from "graphql-yoga";
import type { CachedBody } from "../releases/cache.ts";
import { publicBase } from "../releases/links.ts";
import type { Route } from "./router.ts";

export interface PublicHeaders {
  contentType: string;
  cacheControl: string;
}

/** A public document at a fixed path, built once and then answered from memory. */
export interface PublicDocument extends PublicHeaders {
  path: string;
  /** The document, its links below `base` (see `publicBase`). */
  body(base: string): Promise<CachedBody>;
}

/** What to send for a cached body, for yoga's `Response` and for node:http alike. */
export interface CachedAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

/**
 * A public, cacheable answer: strong ETag, `If-None-Match` answered with 304, open CORS for
 * GET (widgets and feed readers fetch from other origins).
 */
export function cachedAnswer(method: string, ifNoneMatch: string | null | undefined, { bytes, etag }: CachedBody, { contentType, cacheControl }: PublicHeaders): CachedAnswer {
  const headers = {
    "content-type": contentType,
    "cache-control": cacheControl,
    etag,
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "etag",
    "cross-origin-resource-policy": "cross-origin",
    "x-content-type-options": "nosniff",
  };
  if (matches(ifNoneMatch, etag)) return { status: 304, headers, body: null };
  // Bytes, not the string: a string body is checked and encoded anew for every answer.
  return { status: 200, headers, body: method === "HEAD" ? null : bytes };
}

/** `cachedAnswer` as yoga's Response, not the global one, which copies the bytes into a stream for every answer. */
export function cachedResponse(request: Request, cached: CachedBody, publicHeaders: PublicHeaders, { Response }: FetchAPI): Response {
  const { status, headers, body } = cachedAnswer(request.method, request.headers.get("if-none-match"), cached, publicHeaders);
  return new Response(body, { status, headers });
}

export const documentRoute = (document: PublicDocument): Route => ({
  method: "GET",
  path: document.path,
  handle: async (request, _params, fetchAPI) => cachedResponse(request, await document.body(publicBase(request)), document, fetchAPI),
});

/** If-None-Match compares weakly: W/"x" matches "x" (RFC 9110, 13.1.2). */
function matches(header: string | null | undefined, etag: string): boolean {
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
