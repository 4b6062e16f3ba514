import { afterAll, beforeAll } from "vitest";
import type { DataMap } from "@datamap/core";
import { db } from "../src/db/index.ts";
import { seedMap } from "../src/map/seed.ts";
import { createApp, type App } from "../src/yoga.ts";
import { createLogger } from "../src/logger.ts";
import { createToken } from "../src/auth/token-store.ts";
import type { Role } from "../src/generated/prisma/enums.ts";
import { openTestDatabase } from "./database.ts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A fresh database (seeded with `map`, if given) and the app, for the test file calling it. */
export function useApp(map?: DataMap) {
  let app: App;
  let drop: () => Promise<void>;
  const tokens = new Map<Role, Promise<string>>();
  const tokenFor = (role: Role) => {
    if (!tokens.has(role)) tokens.set(role, createToken(db(), { name: `test ${role.toLowerCase()}`, role }).then(({ token }) => token));
    return tokens.get(role)!;
  };
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
    tokenFor,
    /** Runs an operation as a token of `role` (a reader's by default), or anonymously with null. */
    async graphql<T = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      { role = "READER" }: { role?: Role | null } = {},
    ): Promise<GraphQLResponse<T>> {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (role) headers.authorization = `Bearer ${await tokenFor(role)}`;
      const response = await app.fetch("http://datamap.test/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
}
