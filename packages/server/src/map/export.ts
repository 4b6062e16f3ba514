import { serializeDataMap, type FileFormat, type SerializeOptions } from "@datamap/core";
import { db } from "../db/index.ts";
import { loadMap } from "./store.ts";

/** The draft as a data-map file; the same draft always gives the same bytes. */
export async function exportMap(format: FileFormat, options: SerializeOptions = {}): Promise<string> {
  return serializeDataMap(await loadMap(db()), format, options);
}
