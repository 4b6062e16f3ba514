import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { db, onStatement } from "../db/index.ts";

/** This process's metrics, served at /metrics. Labels are bounded: routes, types and codes only. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const httpRequests = new Counter({ name: "datamap_http_requests_total", help: "HTTP requests answered.", labelNames: ["method", "route", "status"], registers: [registry] });
const httpDuration = new Histogram({ name: "datamap_http_request_duration_seconds", help: "Time to answer an HTTP request.", labelNames: ["method", "route"], buckets: seconds, registers: [registry] });
export const graphqlOperations = new Counter({ name: "datamap_graphql_operations_total", help: "GraphQL operations executed, by type and outcome.", labelNames: ["type", "outcome"], registers: [registry] });
export const graphqlDuration = new Histogram({ name: "datamap_graphql_execution_duration_seconds", help: "Time to execute a query or mutation.", labelNames: ["type"], buckets: seconds, registers: [registry] });
export const graphqlErrors = new Counter({ name: "datamap_graphql_errors_total", help: "Errors in GraphQL responses by code; INTERNAL_SERVER_ERROR counts masked unexpected errors.", labelNames: ["code"], registers: [registry] });
export const rateLimited = new Counter({ name: "datamap_rate_limited_total", help: "Requests refused with 429, by bucket.", labelNames: ["bucket"], registers: [registry] });
export const sqlStatements = new Counter({ name: "datamap_sql_statements_total", help: "SQL statements sent by Prisma, by kind.", labelNames: ["kind"], registers: [registry] });
export const sseConnections = new Gauge({ name: "datamap_sse_connections", help: "Subscriptions streaming over server-sent events now.", registers: [registry] });

/** Counts an answered request and its time since `startedAt` (a `performance.now()`); `route` is a route's path or one of the app's own. */
export function observeRequest(method: string, route: string, status: number, startedAt: number): void {
  httpRequests.inc({ method, route, status: String(status) });
  httpDuration.observe({ method, route }, (performance.now() - startedAt) / 1000);
}

new Gauge({
  name: "datamap_webhook_outbox_depth",
  help: "Webhook deliveries waiting to be sent (pending, including retries).",
  registers: [registry],
  async collect() {
    // Left at its last value while the database is away; readiness reports that.
    const count = await db().webhookDelivery.count({ where: { status: "PENDING" } }).catch(() => undefined);
    if (count !== undefined) this.set(count);
  },
});

const statementKinds = new Set(["select", "insert", "update", "delete", "begin", "commit", "rollback", "with"]);
let countingStatements = false;

/** Counts Prisma's statements from now on; once per process. */
export function countStatements(): void {
  if (countingStatements) return;
  countingStatements = true;
  onStatement((sql) => {
    const word = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? "other";
    sqlStatements.inc({ kind: statementKinds.has(word) ? word : "other" });
  });
}
