import { documentRoute, type PublicDocument } from "./conditional.ts";
import { exportRoutes } from "./exports.ts";
import { feedDocuments } from "./feeds.ts";
import { mapDocument, releaseRoute } from "./public.ts";
import type { Route } from "./router.ts";
import { schemaDocument } from "./schema-file.ts";
import { widgetRoutes } from "./widgets.ts";

/** The documents answered from memory: as routes, and ahead of yoga by `publicDocumentsFirst`. */
export const publicDocuments: PublicDocument[] = [mapDocument, ...feedDocuments, schemaDocument];

/** Every HTTP route beside /graphql, health and readiness. One module per concern adds its own. */
export const routes: Route[] = [...publicDocuments.map(documentRoute), releaseRoute, ...widgetRoutes, ...exportRoutes];
