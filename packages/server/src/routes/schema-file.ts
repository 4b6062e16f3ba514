import { dataMapJsonSchema, sha256 } from "@datamap/core";
import type { CachedBody } from "../releases/cache.ts";
import type { PublicDocument } from "./conditional.ts";

export const schemaFilePath = "/schema/datamap.schema.json";

let built: CachedBody | undefined;

/** The JSON Schema changes only with the server's code, so it is built once per process. */
function schemaBody(): CachedBody {
  if (!built) {
    const body = `${JSON.stringify(dataMapJsonSchema(), null, 2)}\n`;
    const encoded = { body, bytes: new TextEncoder().encode(body), etag: `"${sha256(body).slice(0, 32)}"` };
    built = encoded;
  }
  return built;
}

/** `GET /schema/datamap.schema.json`: the data-map file's JSON Schema, for editors (yaml-language-server, VS Code). */
export const schemaDocument: PublicDocument = {
  path: schemaFilePath,
  contentType: "application/schema+json; charset=utf-8",
  cacheControl: "public, max-age=3600",
  body: async () => schemaBody(),
};
