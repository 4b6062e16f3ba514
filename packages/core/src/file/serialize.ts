import { Document, isMap, isScalar, visit } from "yaml";
import type { DataMap } from "../map/schema.ts";
import { canonicalFile } from "./canonical-entry.ts";
import { dataMapCsv } from "./csv.ts";

export const fileFormats = ["yaml", "json", "csv"] as const;
export type FileFormat = (typeof fileFormats)[number];

export interface SerializeOptions {
  /** Where editors find the JSON Schema: a modeline in YAML, `$schema` in JSON. */
  schemaUrl?: string;
}

/**
 * A data map as a file. The same map always gives the same bytes, and a YAML or JSON file
 * parses back to the same map, so export → import → export is byte-identical. CSV is a
 * spreadsheet view, written only.
 */
export function serializeDataMap(map: DataMap, format: FileFormat, options: SerializeOptions = {}): string {
  if (format === "csv") return dataMapCsv(map);
  if (format === "json") return `${JSON.stringify(canonicalFile(map, options.schemaUrl), null, 2)}\n`;
  return dataMapYaml(map, options.schemaUrl);
}

function dataMapYaml(map: DataMap, schemaUrl?: string): string {
  const doc = new Document(canonicalFile(map));
  visit(doc, {
    Seq(_key, node) {
      // Lists of codes and keys read best on one line: countries: [DE, IE].
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Pair(_key, pair) {
      // Names with a German translation stay short: name: { en: Payments, de: Zahlungen }.
      if (isScalar(pair.key) && pair.key.value === "name" && isMap(pair.value)) pair.value.flow = true;
    },
  });
  // A blank line between the top-level sections.
  if (isMap(doc.contents)) doc.contents.items.forEach((pair, index) => index > 0 && isScalar(pair.key) && (pair.key.spaceBefore = true));
  if (schemaUrl) doc.commentBefore = ` yaml-language-server: $schema=${schemaUrl}`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
