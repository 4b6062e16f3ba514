export * from "./client.ts";
export * from "./target.ts";
export type { Connection } from "./adapter.ts";
export { onStatement } from "./instrument.ts";
