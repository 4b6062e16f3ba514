export * from "./canonical.ts";
export * from "./change.ts";
export * from "./diff.ts";
export * from "./describe.ts";
export * from "./notice.ts";
export * from "./as-of.ts";
export * from "./document.ts";
