export * from "./known-keys.ts";
export * from "./canonical-entry.ts";
export * from "./serialize.ts";
export * from "./csv.ts";
export * from "./json-schema.ts";
export * from "./import-target.ts";
