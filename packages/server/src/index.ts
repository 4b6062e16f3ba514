export { createApp, type App } from "./yoga.ts";
export { serve } from "./serve.ts";
// For tools in this workspace (benchmarks) that open, seed and query a database themselves.
export { closeDatabase, connection, db, onStatement, openDatabase, type DatabaseTarget } from "./db/index.ts";
export { seedMap } from "./map/seed.ts";
export { createToken } from "./auth/token-store.ts";
export { createLogger } from "./logger.ts";
