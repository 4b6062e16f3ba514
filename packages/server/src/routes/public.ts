import { publicMapBody, releaseBody } from "../releases/documents.ts";
import { publicBase } from "../releases/links.ts";
import { cachedResponse, notFound, type PublicDocument } from "./conditional.ts";
import type { Route } from "./router.ts";

const json = "application/json; charset=utf-8";

/** The public read API, what widgets and anyone else may read without signing in: the map in effect… */
export const mapDocument: PublicDocument = {
  path: "/api/public/v1/map.json",
  contentType: json,
  // Short: a publish changes it; revalidating is cheap thanks to the ETag.
  cacheControl: "public, max-age=60, stale-while-revalidate=300",
  body: publicMapBody,
};

/** …and each release by number. */
export const releaseRoute: Route = {
  method: "GET",
  path: "/api/public/v1/releases/:number.json",
  handle: async (request, { number }, fetchAPI) => {
    const wanted = Number(number);
    if (!Number.isSafeInteger(wanted) || wanted < 1 || String(wanted) !== number) return notFound(`"${number}" is not a release number.`);
    const body = await releaseBody(publicBase(request), wanted);
    if (!body) return notFound(`There is no release ${wanted}.`);
    // A release never changes; only its labels could, with new reference data.
    return cachedResponse(request, body, { contentType: json, cacheControl: "public, max-age=86400" }, fetchAPI);
  },
};
