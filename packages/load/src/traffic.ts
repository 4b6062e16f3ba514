import autocannon from "autocannon";
import { graphql, type Cluster } from "./cluster.ts";

export interface Figures {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const dashboardQuery = /* GraphQL */ `query Dashboard { vendors(first: 100) { totalCount edges { node { slug name group { slug } processingCountries { code } incomingFlows { key from { slug } categories { key } } } } } }`;

async function run(name: string, options: autocannon.Options): Promise<Figures> {
  const result = await autocannon(options);
  return {
    name,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * `connections` callers for `seconds` each on replica A: the public map as widgets fetch it,
 * then the dashboard's vendor page as a reader. Every answer must be a 2xx.
 */
export async function traffic(cluster: Cluster, { seconds, connections }: { seconds: number; connections: number }): Promise<Figures[]> {
  const [a] = cluster.replicas;
  const created = await graphql(a!.url, `mutation { createApiToken(name: "load reader", role: READER) { token } }`);
  const token = (created.data?.createApiToken as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`could not create a reader token: ${JSON.stringify(created.errors)}`);
  const smoke = await graphql(a!.url, dashboardQuery, token);
  if (smoke.errors) throw new Error(`the dashboard query fails before any load: ${JSON.stringify(smoke.errors)}`);
  const base = a!.url.replace("localhost", "127.0.0.1");
  // The dashboard query queues behind 99 others on a small machine: room for that, still bounded.
  const common = { connections, duration: seconds, timeout: 30 };
  return [
    await run("public JSON  GET /api/public/v1/map.json", { ...common, url: `${base}/api/public/v1/map.json` }),
    await run("dashboard    POST /graphql (100 vendors, flows)", {
      ...common,
      url: `${base}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: dashboardQuery }),
    }),
  ];
}
