export * from "./types.ts";
export * from "./coverage.ts";
export { reviewGraph, type ReviewGraph } from "./graph.ts";
export * from "./transfers.ts";
export * from "./review.ts";
export * from "./path-target.ts";
export * from "./paths.ts";
export { rules } from "./rules/index.ts";
export * from "./ropa/index.ts";
