import { describe, expect, it } from "vitest";
import { testHttpConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { createApp } from "../src/yoga.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

describe("/metrics", () => {
  it("counts requests by route, GraphQL errors by code, SQL statements and the outbox", async () => {
    await api.app.fetch("http://datamap.test/api/public/v1/map.json");
    await api.graphql(`{ vendors { totalCount } }`);
    await api.graphql(`{ nope }`);
    const response = await api.app.fetch("http://datamap.test/metrics");
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/datamap_http_requests_total\{method="GET",route="\/api\/public\/v1\/map\.json",status="200"\} \d+/);
    expect(text).toMatch(/datamap_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} \d+/);
    expect(text).toMatch(/datamap_graphql_operations_total\{type="query",outcome="ok"\} \d+/);
    expect(text).toMatch(/datamap_sql_statements_total\{kind="select"\} \d+/);
    expect(text).toMatch(/datamap_webhook_outbox_depth 0/);
    expect(text).toMatch(/datamap_sse_connections 0/);
    expect(text).toMatch(/process_resident_memory_bytes/);
  });

  it("needs DATAMAP_METRICS_TOKEN when one is set", async () => {
    const token = "metrics-token-0123456789";
    const app = createApp({ logger: createLogger("silent"), http: { ...testHttpConfig(), metricsToken: token } });
    expect((await app.fetch("http://datamap.test/metrics")).status).toBe(401);
    expect((await app.fetch("http://datamap.test/metrics", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    expect((await app.fetch("http://datamap.test/metrics", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
