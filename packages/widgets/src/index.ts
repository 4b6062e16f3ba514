export { DatamapVendorTable } from "./vendor-table.ts";
export { DatamapFlowDiagram } from "./flow-diagram.ts";
export { DatamapErrorEvent, DatamapLoadEvent, DatamapSelectEvent } from "./events.ts";
export type { PublicMapDocument } from "./types.ts";
