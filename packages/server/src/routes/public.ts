import { publicMapBody, releaseBody } from "../releases/documents.ts";
import { publicBase } from "../releases/links.ts";
import { cachedResponse, notFound } from "./conditional.ts";
import type { Route } from "./router.ts";

const json = "application/json; charset=utf-8";

/** The public read API: what widgets and anyone else may read without signing in. */
export const publicRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/public/v1/map.json",
    handle: async (request, _params, fetchAPI) =>
      // Short: a publish changes it; revalidating is cheap thanks to the ETag.
      cachedResponse(request, await publicMapBody(publicBase(request)), { contentType: json, cacheControl: "public, max-age=60, stale-while-revalidate=300" }, fetchAPI),
  },
  {
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
  },
];
