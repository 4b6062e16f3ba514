import type { FetchAPI, Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { errorResponse } from "../http/error-response.ts";

/** An HTTP route beside GraphQL: exports, public JSON, feeds, widget files. */
export interface Route {
  method: "GET" | "POST";
  /** A URLPattern pathname, e.g. "/api/public/v1/releases/:number.json". */
  path: string;
  /** `fetchAPI` is yoga's: its `Response` with a buffer body is written to the socket as is. */
  handle(request: Request, params: Record<string, string | undefined>, fetchAPI: FetchAPI): Response | Promise<Response>;
}

const matched = new WeakMap<Request, string>();

/** The pattern of the route that answered `request`, for metrics; undefined for GraphQL and others. */
export const matchedRoute = (request: Request): string | undefined => matched.get(request);

/**
 * Answers the routes' requests before yoga treats them as GraphQL. A route that throws gets the
 * same masked answer as GraphQL's unexpected errors; the error itself goes to the log only.
 */
export function useRoutes(routes: Route[], logger: Logger): Plugin {
  let compiled: { route: Route; pattern: InstanceType<FetchAPI["URLPattern"]> }[] | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // Node 20 has no global URLPattern; yoga's fetch API brings one.
      compiled ??= routes.map((route) => ({ route, pattern: new fetchAPI.URLPattern({ pathname: route.path }) }));
      for (const { route, pattern } of compiled) {
        const match = pattern.exec({ pathname: url.pathname });
        if (!match) continue;
        if (request.method !== route.method && !(route.method === "GET" && request.method === "HEAD")) continue;
        matched.set(request, route.path);
        try {
          endResponse(await route.handle(request, match.pathname.groups, fetchAPI));
        } catch (error) {
          logger.error({ err: error, route: route.path }, "route failed");
          endResponse(errorResponse(500, "INTERNAL_SERVER_ERROR", "Unexpected error."));
        }
        return;
      }
    },
  };
}
