export * from "./destinations.ts";
export * from "./diagram.ts";
