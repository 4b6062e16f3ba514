import { mapAsOf, publicMapDocument, releaseDocument } from "@datamap/core";
import { db } from "../db/index.ts";
import { cachedBody, type CachedBody } from "./cache.ts";
import { publicLinks } from "./links.ts";
import { releasesAsOf, toPublished } from "./records.ts";

/** `map.json`: the map in effect now with the changes in their notice period. */
export function publicMapBody(base: string): Promise<CachedBody> {
  return cachedBody(`${base} map`, async () => {
    const now = new Date();
    const asOf = mapAsOf(await releasesAsOf(db(), now), now);
    const links = publicLinks(base);
    const document = publicMapDocument(asOf, { self: links.map, atom: links.atom, rss: links.rss, json: links.json });
    return { body: JSON.stringify(document), expiresAt: Math.min(...asOf.pending.map((release) => Date.parse(release.effectiveAt))) };
  });
}

/** `releases/{n}.json`, or null when there is no such release. */
export async function releaseBody(base: string, number: number): Promise<CachedBody | null> {
  try {
    return await cachedBody(`${base} release ${number}`, async () => {
      const row = await db().release.findUnique({ where: { number } });
      if (!row) throw new MissingRelease();
      const links = publicLinks(base);
      return { body: JSON.stringify(releaseDocument(toPublished(row), { self: links.release(number), map: links.map })) };
    });
  } catch (error) {
    if (error instanceof MissingRelease) return null;
    throw error;
  }
}

class MissingRelease extends Error {}
