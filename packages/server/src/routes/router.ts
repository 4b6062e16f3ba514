import type { FetchAPI, Plugin } from "graphql-yoga";

/** An HTTP route beside GraphQL: exports, public JSON, feeds, widget files. */
export interface Route {
  method: "GET" | "POST";
  /** A URLPattern pathname, e.g. "/api/public/v1/releases/:number.json". */
  path: string;
  handle(request: Request, params: Record<string, string | undefined>): Response | Promise<Response>;
}

/** Answers the routes' requests before yoga treats them as GraphQL. */
export function useRoutes(routes: Route[]): Plugin {
  let compiled: { route: Route; pattern: InstanceType<FetchAPI["URLPattern"]> }[] | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // Node 20 has no global URLPattern; yoga's fetch API brings one.
      compiled ??= routes.map((route) => ({ route, pattern: new fetchAPI.URLPattern({ pathname: route.path }) }));
      for (const { route, pattern } of compiled) {
        const match = pattern.exec({ pathname: url.pathname });
        if (!match) continue;
        if (request.method !== route.method && !(route.method === "GET" && request.method === "HEAD")) continue;
        endResponse(await route.handle(request, match.pathname.groups));
        return;
      }
    },
  };
}
