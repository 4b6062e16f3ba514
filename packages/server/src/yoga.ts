import { randomUUID } from "node:crypto";
import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { Logger } from "pino";
import { authenticate } from "./auth/authenticate.ts";
import { connection } from "./db/index.ts";
import { useWarnings } from "./plugins/use-warnings.ts";
import type { RequestContext } from "./context.ts";
import { createLogger, yogaLogger } from "./logger.ts";
import { routes } from "./routes/index.ts";
import { useRoutes } from "./routes/router.ts";
import { schema } from "./schema/index.ts";

export interface AppOptions {
  logger?: Logger;
}

/** The whole HTTP surface as one fetch handler: GraphQL, health, readiness. */
export function createApp({ logger = createLogger() }: AppOptions = {}) {
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    logging: yogaLogger(logger),
    graphiql: { title: "datamap" },
    landingPage: false,
    healthCheckEndpoint: "/healthz",
    context: async ({ request }) => ({
      requestId: request.headers.get("x-request-id") ?? randomUUID(),
      actor: await authenticate(request.headers.get("authorization")),
      warnings: [],
    }),
    plugins: [
      useReadinessCheck({
        endpoint: "/readyz",
        check: async () => {
          await connection().query("select 1");
          return true;
        },
      }),
      useRoutes(routes),
      useWarnings(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

