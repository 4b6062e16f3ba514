import { sha256 } from "@datamap/core";

/** A response body ready to send, with its strong ETag. */
export interface CachedBody {
  body: string;
  /** The body as UTF-8, encoded once rather than on every answer. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface Built {
  body: string;
  /** When the body goes stale by itself (a notice period ends); never, if absent. */
  expiresAt?: number;
}

const entries = new Map<string, { body: Promise<CachedBody>; expiresAt: number }>();

/**
 * Public documents are built once from the database and then served from memory until a
 * release is published (`forgetPublicDocuments`) or a notice period they show runs out.
 * Concurrent first requests share one build.
 */
export function cachedBody(key: string, build: () => Promise<Built>): Promise<CachedBody> {
  const hit = entries.get(key);
  if (hit && Date.now() < hit.expiresAt) return hit.body;
  const entry = { expiresAt: Number.POSITIVE_INFINITY, body: Promise.resolve<CachedBody>({ body: "", bytes: new Uint8Array(), etag: "" }) };
  entry.body = build().then(
    ({ body, expiresAt }) => {
      entry.expiresAt = expiresAt ?? Number.POSITIVE_INFINITY;
      return { body, bytes: new TextEncoder().encode(body), etag: `"${sha256(body)}"` };
    },
    (error: unknown) => {
      if (entries.get(key) === entry) entries.delete(key);
      throw error;
    },
  );
  entries.set(key, entry);
  return entry.body;
}

export function forgetPublicDocuments(): void {
  entries.clear();
}
