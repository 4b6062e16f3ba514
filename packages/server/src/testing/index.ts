export * from "./postgres-databases.ts";
export * from "./run-datamap.ts";
export * from "./spawn-server.ts";
