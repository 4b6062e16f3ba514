import { cellText, controllerColumns, controllerRecord, processorColumns, processorRecord, type DataMap, type RopaCell } from "@datamap/core";

export const ropaRecords = ["controller", "processor"] as const;
export type RopaRecordKind = (typeof ropaRecords)[number];

/** One record of processing activities as a table: the same shape for CSV, XLSX and HTML. */
export interface RopaTable {
  kind: RopaRecordKind;
  title: string;
  columns: { key: string; header: string; article: string }[];
  rows: RopaCell[][];
}

export function ropaTable(map: DataMap, kind: RopaRecordKind): RopaTable {
  if (kind === "controller") {
    const rows = controllerRecord(map).map((row) => controllerColumns.map((column) => row[column.key]));
    return { kind, title: "Record of processing activities of the controller (Art. 30(1) GDPR)", columns: [...controllerColumns], rows };
  }
  const rows = processorRecord(map).map((row) => processorColumns.map((column) => row[column.key]));
  return { kind, title: "Record of processing activities of the processor (Art. 30(2) GDPR)", columns: [...processorColumns], rows };
}

/** "Purpose of the processing (Art. 30(1)(b))": the article goes with the header, so an export stands alone. */
export const headerText = (column: RopaTable["columns"][number]) => `${column.header} (${column.article})`;

export const isMissing = (cell: RopaCell) => "missing" in cell;

export { cellText };
