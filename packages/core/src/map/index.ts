export * from "./vocabulary.ts";
export * from "./schema.ts";
export * from "./references.ts";
export * from "./parse.ts";
