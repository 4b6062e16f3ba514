export * from "./random.ts";
export * from "./generate.ts";
