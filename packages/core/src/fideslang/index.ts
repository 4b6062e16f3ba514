export * from "./schema.ts";
export { toFideslang, fideslangYaml } from "./export.ts";
export { fromFideslang, type FideslangResult } from "./import.ts";
