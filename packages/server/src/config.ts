import { ConfigError, resolveDatabaseTarget, type DatabaseTarget } from "./db/index.ts";

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
}

/** Reads the environment once at start; a bad value stops start-up with a line naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (got "${env.PORT}").`);
  }
  const adminToken = env.DATAMAP_ADMIN_TOKEN;
  if (adminToken !== undefined && adminToken.length < 32) {
    throw new ConfigError("DATAMAP_ADMIN_TOKEN must be at least 32 random characters, e.g. from `openssl rand -base64 32`.");
  }
  return { port, host: env.HOST ?? "0.0.0.0", database: resolveDatabaseTarget(env) };
}
