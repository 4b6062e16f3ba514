import { randomUUID } from "node:crypto";
import type { RequestListener } from "node:http";
import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { Logger } from "pino";
import { authenticate } from "./auth/authenticate.ts";
import { testHttpConfig, type HttpConfig } from "./config.ts";
import type { RequestContext } from "./context.ts";
import { corsPolicy } from "./http/cors.ts";
import { readinessCheck } from "./http/readiness.ts";
import { createLogger, yogaLogger } from "./logger.ts";
import { rateLimited } from "./metrics/registry.ts";
import { useBodyLimit } from "./plugins/use-body-limit.ts";
import { useErrorCodes } from "./plugins/use-error-codes.ts";
import { graphQLLimitsFor, useGraphQLLimits } from "./plugins/use-graphql-limits.ts";
import { useIntrospection } from "./plugins/use-introspection.ts";
import { useMetrics } from "./plugins/use-metrics.ts";
import { useNulGuard } from "./plugins/use-nul-guard.ts";
import { useRateLimit } from "./plugins/use-rate-limit.ts";
import { useSecurityHeaders } from "./plugins/use-security-headers.ts";
import { useSubscriptionDrain } from "./plugins/use-subscription-drain.ts";
import { useWarnings } from "./plugins/use-warnings.ts";
import { createRateLimits, type RateLimits } from "./rate-limit/limiters.ts";
import type { RedisConnections } from "./redis/connect.ts";
import { publicDocuments, routes } from "./routes/index.ts";
import { publicDocumentsFirst } from "./routes/public-documents-first.ts";
import { useRoutes } from "./routes/router.ts";
import { schema } from "./schema/index.ts";

export interface AppOptions {
  logger?: Logger;
  /** Limits, CORS and introspection; tests get generous defaults without rate limits. */
  http?: HttpConfig;
  /** Shares rate limits between replicas, and joins readiness. */
  redis?: RedisConnections;
  /** Aborting it ends subscription streams and turns readiness red. */
  shutdown?: AbortSignal;
  /** Made from `http` and `redis` unless given. */
  rateLimits?: RateLimits;
}

/** The whole HTTP surface as one fetch handler: GraphQL, routes, health, readiness, metrics. */
export function createApp({
  logger = createLogger(),
  http = testHttpConfig(),
  redis,
  shutdown = new AbortController().signal,
  rateLimits = createRateLimits(http.rateLimits, redis),
}: AppOptions = {}) {
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    logging: yogaLogger(logger),
    graphiql: { title: "datamap" },
    landingPage: false,
    healthCheckEndpoint: "/healthz",
    cors: corsPolicy(http.corsOrigins),
    context: async ({ request }) => ({
      requestId: request.headers.get("x-request-id") ?? randomUUID(),
      actor: await authenticate(request.headers.get("authorization")),
      warnings: [],
    }),
    plugins: [
      useSecurityHeaders(),
      useMetrics({ token: http.metricsToken }),
      useReadinessCheck({ endpoint: "/readyz", check: readinessCheck({ redis, shuttingDown: () => shutdown.aborted }) }),
      useBodyLimit(http.maxBodyBytes),
      useRateLimit({ limits: rateLimits, trustProxyHops: http.trustProxyHops, onLimited: (bucket) => rateLimited.inc({ bucket }) }),
      useRoutes(routes, logger),
      useNulGuard(),
      ...useGraphQLLimits(graphQLLimitsFor(http)),
      useIntrospection(http.introspection),
      useSubscriptionDrain(shutdown),
      useErrorCodes(),
      useWarnings(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

/** The app for node:http: the public documents answered from memory ahead of it, on the same rate limits. */
export function createNodeApp(options: AppOptions & { http: HttpConfig }): { app: App; listener: RequestListener } {
  const rateLimits = createRateLimits(options.http.rateLimits, options.redis);
  const app = createApp({ ...options, rateLimits });
  return { app, listener: publicDocumentsFirst(app, { documents: publicDocuments, limits: rateLimits, trustProxyHops: options.http.trustProxyHops }) };
}
