import { afterAll, beforeAll } from "vitest";
import type { DataMap } from "@datamap/core";
import { db } from "../src/db/index.ts";
import { seedMap } from "../src/map/seed.ts";
import { createApp, type App } from "../src/yoga.ts";
import { createLogger } from "../src/logger.ts";
import { openTestDatabase } from "./database.ts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A fresh database (seeded with `map`, if given) and the app, for the test file calling it. */
export function useApp(map?: DataMap) {
  let app: App;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ drop } = await openTestDatabase());
    if (map) await seedMap(db(), map);
    app = createApp({ logger: createLogger("silent") });
  });
  afterAll(async () => {
    await app?.dispose();
    await drop?.();
  });
  return {
    get app() {
      return app;
    },
    async graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const response = await app.fetch("http://datamap.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
}
