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

type Params = Record<string, string | undefined>;
type URLPatternClass = FetchAPI["URLPattern"];

const matched = new WeakMap<Request, string>();

/** The pattern of the route that answered `request`, for metrics; undefined for GraphQL and others. */
export const matchedRoute = (request: Request): string | undefined => matched.get(request);

// A path without URLPattern syntax matches only itself.
const isFixed = (path: string) => !/[:*?+(){}\\]/.test(path);

const allows = (route: Route, method: string) => route.method === method || (route.method === "GET" && method === "HEAD");

/**
 * Finds the route for a method and pathname: fixed paths by a map lookup, the few with
 * parameters by their URLPatterns in turn.
 */
function routeTable(routes: Route[], URLPattern: URLPatternClass) {
  const fixed = new Map<string, Route[]>();
  const patterned: { route: Route; pattern: InstanceType<URLPatternClass> }[] = [];
  for (const route of routes) {
    if (isFixed(route.path)) fixed.set(route.path, [...(fixed.get(route.path) ?? []), route]);
    else patterned.push({ route, pattern: new URLPattern({ pathname: route.path }) });
  }
  return (method: string, pathname: string): { route: Route; params: Params } | undefined => {
    const route = fixed.get(pathname)?.find((candidate) => allows(candidate, method));
    if (route) return { route, params: {} };
    for (const { route, pattern } of patterned) {
      const match = allows(route, method) && pattern.exec({ pathname });
      if (match) return { route, params: match.pathname.groups };
    }
    return undefined;
  };
}

/**
 * Answers the routes' requests before yoga treats them as GraphQL. A route that throws gets the
 * same masked answer as GraphQL's unexpected errors; the error itself goes to the log only.
 */
export function useRoutes(routes: Route[], logger: Logger): Plugin {
  let find: ReturnType<typeof routeTable> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // Node 20 has no global URLPattern; yoga's fetch API brings one.
      find ??= routeTable(routes, fetchAPI.URLPattern);
      const found = find(request.method, url.pathname);
      if (!found) return;
      const { route, params } = found;
      matched.set(request, route.path);
      try {
        endResponse(await route.handle(request, params, fetchAPI));
      } catch (error) {
        logger.error({ err: error, route: route.path }, "route failed");
        endResponse(errorResponse(500, "INTERNAL_SERVER_ERROR", "Unexpected error."));
      }
    },
  };
}
