import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

/** The fortrabbit document, its upcoming release moved four weeks ahead so the notice period runs. */
function fixture(): string {
  const document = JSON.parse(readFileSync(new URL("./fixtures/fortrabbit.json", import.meta.url), "utf8")) as {
    upcoming: { effectiveAt: string }[];
  };
  for (const change of document.upcoming) change.effectiveAt = new Date(Date.now() + 28 * 86_400_000).toISOString();
  return JSON.stringify(document);
}

/**
 * Stands in for a datamap server until the widget tests run against the real one: serves the
 * fortrabbit document at /api/public/v1/map.json on 127.0.0.1 with a random port, with CORS,
 * and tries to set a cookie, which the widgets must not keep (they fetch with credentials "omit").
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
  project.provide("datamapServer", `http://127.0.0.1:${port}`);
  return () => new Promise((resolve) => server.close(() => resolve()));
}

declare module "vitest" {
  export interface ProvidedContext {
    datamapServer: string;
  }
}
