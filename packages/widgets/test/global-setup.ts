import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { spawnServer } from "@datamap/server/testing";

/** The fortrabbit document, its upcoming release moved four weeks ahead so the notice period runs. */
function fixture(): string {
  const document = JSON.parse(readFileSync(new URL("./fixtures/fortrabbit.json", import.meta.url), "utf8")) as {
    upcoming: { effectiveAt: string }[];
  };
  for (const change of document.upcoming) change.effectiveAt = new Date(Date.now() + 28 * 86_400_000).toISOString();
  return JSON.stringify(document);
}

/**
 * Two servers for the widgets to read from:
 * - `datamapServer`, the real one: `datamap serve` seeded from examples/fortrabbit, which
 *   publishes it as release 1;
 * - `fixtureServer`, a stand-in serving the fixture document (with upcoming changes in their
 *   notice period) at /api/public/v1/map.json, which also tries to set a cookie that the widgets
 *   must not keep (they fetch with credentials "omit").
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const datamap = await spawnServer({ args: ["--seed", new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url).pathname] });
  project.provide("datamapServer", datamap.url);
  const server: Server = createServer((request, response) => {
    response.setHeader("access-control-allow-origin", "*");
    if (request.url === "/api/public/v1/map.json") {
      response.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "set-cookie": "tracker=1; Path=/",
      });
      response.end(fixture());
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("fixtureServer", `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    await datamap.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    datamapServer: string;
    fixtureServer: string;
  }
}
