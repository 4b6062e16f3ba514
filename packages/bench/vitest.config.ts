import { createRequire } from "node:module";
import { defineProject } from "vitest/config";

// As in the server's projects: our imports of graphql must load the CommonJS build the libraries load.
const graphql = createRequire(import.meta.url).resolve("graphql", { paths: [new URL("../server", import.meta.url).pathname] });

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    name: "bench",
    include: ["test/**/*.test.ts"],
    testTimeout: 300_000,
    env: { LOG_LEVEL: "silent", NODE_ENV: "test" },
  },
});
