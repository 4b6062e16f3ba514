import { createServer, request, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { createLogger } from "../src/logger.ts";
import { registry } from "../src/metrics/registry.ts";
import { createRateLimits } from "../src/rate-limit/limiters.ts";
import { publicDocuments } from "../src/routes/index.ts";
import { publicDocumentsFirst } from "../src/routes/public-documents-first.ts";
import { createApp } from "../src/yoga.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

interface Answer {
  status: number;
  /** Lower-cased and sorted; without Date, which ticks. */
  headers: [string, string][];
  body: string;
}

interface Sent {
  method?: string;
  headers?: Record<string, string>;
}

/** One request over a real socket, with the headers as they were sent; one Host, whatever the port. */
function send(server: Server, path: string, { method = "GET", headers = {} }: Sent = {}): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, method, headers: { host: "datamap.test", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = response.rawHeaders;
        const pairs = raw.flatMap((name, i): [string, string][] => (i % 2 === 0 ? [[name.toLowerCase(), raw[i + 1]!]] : []));
        const headers = pairs.filter(([name]) => name !== "date").sort(([a], [b]) => a.localeCompare(b));
        resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks).toString() });
      });
    })
      .on("error", reject)
      .end();
  });
}

async function listen(listener: RequestListener): Promise<Server> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** Yoga alone, and the same app behind the fast path, counting what the fast path hands on. */
function servers(perIp: number) {
  const limits = createRateLimits({ perIp, perToken: 1000 });
  const app = createApp({ logger: createLogger("silent"), rateLimits: limits });
  const handedOn: string[] = [];
  const fast = publicDocumentsFirst(
    { requestListener: (req, res) => (handedOn.push(`${req.method} ${req.url}`), app.requestListener(req, res)) },
    { documents: publicDocuments, limits, trustProxyHops: 0 },
  );
  const running: Server[] = [];
  beforeAll(async () => {
    running.push(await listen(app), await listen(fast));
  });
  afterAll(async () => {
    for (const server of running) server.closeAllConnections();
    await Promise.all(running.map((server) => new Promise((resolve) => server.close(resolve))));
    await app.dispose();
  });
  return {
    handedOn,
    get yoga() {
      return running[0]!;
    },
    get fast() {
      return running[1]!;
    },
  };
}

const publish = (summary: string) => api.graphql(`mutation ($summary: String!) { publish(summary: $summary) { number } }`, { summary }, { role: "PUBLISHER" });

describe("public documents ahead of yoga", () => {
  const http = servers(1000);
  beforeAll(async () => {
    expect((await publish("First list")).errors).toBeUndefined();
  });

  it("answers byte for byte and header for header what yoga answers", async () => {
    for (const { path } of publicDocuments) {
      const { headers } = await send(http.yoga, path);
      const etag = headers.find(([name]) => name === "etag")![1];
      const variants: Sent[] = [
        {},
        { method: "HEAD" },
        { headers: { "if-none-match": etag } },
        { headers: { "if-none-match": `"other", W/${etag}` } },
        { headers: { "if-none-match": '"other"' } },
        { headers: { origin: "https://help.example.com" } },
        { headers: { host: "Datamap.Example:8080" } },
      ];
      for (const variant of variants) {
        for (const target of [path, `${path}?v=1`]) {
          expect(await send(http.fast, target, variant), `${target} ${JSON.stringify(variant)}`).toEqual(await send(http.yoga, target, variant));
        }
      }
    }
    expect(http.handedOn).toEqual([]);
  });

  it("hands yoga what it does not answer itself: tokens, other methods and paths", async () => {
    const cases: (Sent & { path: string })[] = [
      { path: "/api/public/v1/map.json", headers: { authorization: "Bearer nope" } },
      { path: "/api/public/v1/map.json", method: "POST" },
      { path: "/api/public/v1/map.json", method: "OPTIONS", headers: { origin: "https://help.example.com", "access-control-request-method": "GET" } },
      { path: "/api/public/v1/../v1/map.json" },
      { path: "/api/public/v1/releases/1.json" },
      { path: "/healthz" },
    ];
    for (const { path, ...options } of cases) {
      expect(await send(http.fast, path, options), path).toEqual(await send(http.yoga, path, options));
    }
    expect(http.handedOn).toHaveLength(cases.length);
  });

  it("serves a new release as soon as it is published", async () => {
    await db().node.update({ where: { slug: "aws" }, data: { legalName: "AWS EMEA SARL" } });
    expect((await publish("AWS legal name")).errors).toBeUndefined();
    const { body } = await send(http.fast, "/api/public/v1/map.json");
    expect(JSON.parse(body)).toMatchObject({ upcoming: [{ release: 2 }] });
  });

  it("counts its answers in the request metrics", async () => {
    const answered = async () => {
      const metric = await registry.getSingleMetric("datamap_http_requests_total")!.get();
      return metric.values.find(({ labels }) => labels.route === "/feeds/changes.json" && labels.status === "200" && labels.method === "GET")?.value ?? 0;
    };
    const before = await answered();
    await send(http.fast, "/feeds/changes.json");
    expect(await answered()).toBe(before + 1);
  });
});

describe("public documents ahead of yoga, rate limited", () => {
  const http = servers(3);

  it("spends the same budget per address as yoga, and leaves the refusal to it", async () => {
    expect((await send(http.fast, "/api/public/v1/map.json")).status).toBe(200);
    expect((await send(http.yoga, "/api/public/v1/map.json")).status).toBe(200);
    expect((await send(http.fast, "/api/public/v1/map.json")).status).toBe(200);
    const refused = await send(http.fast, "/api/public/v1/map.json");
    expect(refused.status).toBe(429);
    expect(refused.headers).toContainEqual(["retry-after", expect.stringMatching(/^\d+$/)]);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
    expect(http.handedOn).toEqual(["GET /api/public/v1/map.json"]);
  });
});
