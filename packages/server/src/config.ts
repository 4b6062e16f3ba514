import { ConfigError, resolveDatabaseTarget, type DatabaseTarget } from "./db/index.ts";
import { integer, oneOf, origins, redisUrl, secret, url } from "./config-values.ts";

export const introspectionModes = ["anonymous", "authenticated", "off"] as const;
export type IntrospectionMode = (typeof introspectionModes)[number];

/** What the HTTP surface enforces; `createApp` takes it, tests pass their own. */
export interface HttpConfig {
  /** Origins whose pages may call /graphql with a token; public GET routes are open to all. */
  corsOrigins: string[];
  introspection: IntrospectionMode;
  maxBodyBytes: number;
  /** Requests per minute; 0 turns the limit off. */
  rateLimits: { perIp: number; perToken: number };
  /** How many proxies in front of the server append to X-Forwarded-For. */
  trustProxyHops: number;
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Cost as graphql-armor measures it (times `first`, growing with depth): the dashboard's page of 500 vendors is about 56,000. */
  graphql: { maxDepth: number; maxCost: number };
}

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Replicas share subscriptions, cache invalidation and rate limits through Redis. */
  redis: { url: string; prefix: string } | undefined;
  http: HttpConfig;
  /** How long SSE streams and requests in flight get to finish on SIGTERM. */
  shutdownTimeoutMs: number;
  /** How often each replica looks for due webhook deliveries (a publish on it wakes it at once). */
  webhookPollMs: number;
}

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Reads the environment once at start; a bad value stops start-up with a line naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const adminToken = env.DATAMAP_ADMIN_TOKEN;
  if (adminToken !== undefined && adminToken.length < 32) {
    throw new ConfigError("DATAMAP_ADMIN_TOKEN must be at least 32 random characters, e.g. from `openssl rand -base64 32`.");
  }
  oneOf(env, "LOG_LEVEL", logLevels, "info");
  oneOf(env, "DATAMAP_WEBHOOKS_ALLOW_PRIVATE", ["true", "false"], "false");
  url(env, "DATAMAP_PUBLIC_URL");
  const redis = redisUrl(env, "REDIS_URL");
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST || "0.0.0.0",
    database: resolveDatabaseTarget(env),
    redis: redis ? { url: redis, prefix: env.DATAMAP_REDIS_PREFIX || "datamap:" } : undefined,
    http: readHttpConfig(env),
    shutdownTimeoutMs: integer(env, "DATAMAP_SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    webhookPollMs: integer(env, "DATAMAP_WEBHOOK_POLL_MS", 5000, 10, 3_600_000),
  };
}

export function readHttpConfig(env: NodeJS.ProcessEnv = process.env): HttpConfig {
  const production = env.NODE_ENV === "production";
  return {
    corsOrigins: origins(env, "DATAMAP_CORS_ORIGINS"),
    introspection: oneOf(env, "DATAMAP_INTROSPECTION", introspectionModes, production ? "authenticated" : "anonymous"),
    maxBodyBytes: integer(env, "DATAMAP_MAX_BODY_BYTES", 2 * 1024 * 1024, 1024, 1024 ** 3),
    rateLimits: {
      perIp: integer(env, "DATAMAP_RATE_LIMIT_IP", 600, 0, 10_000_000),
      perToken: integer(env, "DATAMAP_RATE_LIMIT_TOKEN", 1200, 0, 10_000_000),
    },
    trustProxyHops: integer(env, "DATAMAP_TRUST_PROXY_HOPS", 0, 0, 10),
    metricsToken: secret(env, "DATAMAP_METRICS_TOKEN", 16),
    graphql: {
      maxDepth: integer(env, "DATAMAP_GRAPHQL_MAX_DEPTH", 12, 1, 100),
      maxCost: integer(env, "DATAMAP_GRAPHQL_MAX_COST", 100_000, 100, 100_000_000),
    },
  };
}

/** For `createApp` without a config: generous limits, no rate limits, introspection open. */
export const testHttpConfig = (): HttpConfig => ({ ...readHttpConfig({}), rateLimits: { perIp: 0, perToken: 0 } });

export { ConfigError };
