import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { sameSecret } from "../auth/tokens.ts";
import { errorResponse } from "../http/error-response.ts";
import { countStatements, graphqlDuration, graphqlErrors, graphqlOperations, observeRequest, registry } from "../metrics/registry.ts";
import { matchedRoute } from "../routes/router.ts";

const ownPaths = new Set(["/graphql", "/healthz", "/readyz", "/metrics"]);

/**
 * Prometheus metrics at GET /metrics (behind `Authorization: Bearer <token>` when a token is
 * set): requests and their durations by route, GraphQL operations and error codes, SQL
 * statements, the webhook outbox and open SSE streams.
 */
export function useMetrics({ token }: { token: string | undefined }): Plugin {
  countStatements();
  const started = new WeakMap<Request, number>();
  return {
    async onRequest({ request, url, endResponse }) {
      started.set(request, performance.now());
      if (url.pathname !== "/metrics" || request.method !== "GET") return;
      const sent = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
      if (token && !(sent && sameSecret(sent, token))) {
        return endResponse(errorResponse(401, "UNAUTHENTICATED", "Send DATAMAP_METRICS_TOKEN as \"Authorization: Bearer <token>\"."));
      }
      endResponse(new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } }));
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (start === undefined) return;
      const { pathname } = new URL(request.url);
      observeRequest(request.method, matchedRoute(request) ?? (ownPaths.has(pathname) ? pathname : "other"), response.status, start);
    },
    onExecute({ args }) {
      const type = getOperationAST(args.document, args.operationName)?.operation ?? "unknown";
      const end = graphqlDuration.startTimer({ type });
      return {
        onExecuteDone({ result }) {
          end();
          const failed = !(Symbol.asyncIterator in result) && (result.errors?.length ?? 0) > 0;
          graphqlOperations.inc({ type, outcome: failed ? "error" : "ok" });
        },
      };
    },
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (Symbol.asyncIterator in single) continue;
        for (const error of single.errors ?? []) graphqlErrors.inc({ code: String(error.extensions?.code ?? "NONE") });
      }
    },
  };
}
