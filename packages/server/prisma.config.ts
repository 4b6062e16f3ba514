import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PRISMA_PLACEHOLDER_URL } from "./src/db/target.ts";

// Without a postgresql:// URL the CLI tries to download a query engine, which fails offline.
process.env.DATABASE_URL ??= PRISMA_PLACEHOLDER_URL;

/**
 * The Prisma CLI is used here only to generate the client and to author migrations (see the
 * README); the server applies them itself. It works on a throw-away in-memory PGlite.
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  adapter: async () => new ShadowSafePGlite(new PGlite()),
});

/**
 * pglite-prisma-adapter replays migrations into the shadow database through executeRaw, which
 * PGlite refuses for scripts of several statements (P3006); run those through exec instead.
 */
class ShadowSafePGlite extends PrismaPGlite {
  override async connectToShadowDb() {
    const shadow = new PGlite();
    const adapter = await new PrismaPGlite(shadow).connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.exec(query.sql);
      return 0;
    };
    return adapter;
  }
}
