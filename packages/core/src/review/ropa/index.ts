import type { DataMap } from "../../map/schema.ts";
import { controllerRecord, type ControllerRow } from "./controller.ts";
import { processorRecord, type ProcessorRow } from "./processor.ts";

export { cellText, controllerCells, type RopaCell } from "./cells.ts";
export { controllerColumns, controllerRecord, type ControllerRow } from "./controller.ts";
export { processorColumns, processorRecord, type ProcessorRow } from "./processor.ts";

/** Both records of processing activities (Art. 30(1) as controller, 30(2) as processor) of a map. */
export function ropa(map: DataMap): { controller: ControllerRow[]; processor: ProcessorRow[] } {
  return { controller: controllerRecord(map), processor: processorRecord(map) };
}
