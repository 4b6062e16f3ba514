import type { DataMap } from "@datamap/core";
import writeXlsxFile, { type Cell, type Sheet } from "write-excel-file/node";
import { cellText, headerText, isMissing, ropaRecords, ropaTable, type RopaTable } from "./ropa-table.ts";

const missingStyle = { textColor: "#9C0006", backgroundColor: "#FFC7CE" } as const;

function sheetOf(table: RopaTable, name: string): Sheet<Buffer> {
  const header: Cell[] = table.columns.map((column) => ({ value: headerText(column), fontWeight: "bold", wrap: true, alignVertical: "top" }));
  const rows: Cell[][] = table.rows.map((row) => row.map((cell) => ({ value: cellText(cell), wrap: true, alignVertical: "top", ...(isMissing(cell) ? missingStyle : {}) })));
  const note: Cell[][] = table.rows.length === 0 ? [[{ value: "The map holds no processing of this kind.", fontStyle: "italic" }]] : [];
  return { sheet: name, data: [header, ...rows, ...note], columns: table.columns.map(() => ({ width: 36 })), stickyRowsCount: 1, orientation: "landscape" };
}

/** Both records, one sheet each; missing fields are highlighted and say why they are missing. */
export function ropaXlsx(map: DataMap): Promise<Buffer> {
  const names = { controller: "Art. 30(1) controller", processor: "Art. 30(2) processor" } as const;
  return writeXlsxFile(ropaRecords.map((kind) => sheetOf(ropaTable(map, kind), names[kind]))).toBuffer();
}
