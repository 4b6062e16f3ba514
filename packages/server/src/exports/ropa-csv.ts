import type { DataMap } from "@datamap/core";
import { stringify } from "csv-stringify/sync";
import { cellText, headerText, ropaTable, type RopaRecordKind } from "./ropa-table.ts";

/**
 * One record as RFC 4180 CSV, a header row first. A byte-order mark, so that Excel reads UTF-8;
 * a missing field reads "MISSING: why", never an empty cell.
 */
export function ropaCsv(map: DataMap, kind: RopaRecordKind = "controller"): string {
  const table = ropaTable(map, kind);
  return stringify([table.columns.map(headerText), ...table.rows.map((row) => row.map(cellText))], { bom: true, record_delimiter: "windows" });
}
