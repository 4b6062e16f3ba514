import { exportRoutes } from "./exports.ts";
import { feedRoutes } from "./feeds.ts";
import { publicRoutes } from "./public.ts";
import type { Route } from "./router.ts";
import { schemaFileRoutes } from "./schema-file.ts";
import { widgetRoutes } from "./widgets.ts";

/** Every HTTP route beside /graphql, health and readiness. One module per concern adds its own. */
export const routes: Route[] = [...publicRoutes, ...feedRoutes, ...widgetRoutes, ...exportRoutes, ...schemaFileRoutes];
