export * from "./reference/index.ts";
export * from "./map/index.ts";
export * from "./public/index.ts";
export * from "./graph/index.ts";
export * from "./synthetic/index.ts";
export * from "./release/index.ts";
export * from "./review/index.ts";
