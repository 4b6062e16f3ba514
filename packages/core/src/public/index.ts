export * from "./projection.ts";
export * from "./labels.ts";
export * from "./document.ts";
