import { connection, type App } from "@datamap/server";

/** The dashboard: vendors, the flows into each, their categories and destination countries. */
export const dashboardQuery = /* GraphQL */ `
  query Dashboard($after: String) {
    vendors(first: 500, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          slug
          name
          group { slug }
          processingCountries { code }
          incomingFlows { key from { slug } categories { key } destinationCountries { code } }
        }
      }
    }
  }
`;

interface Row {
  id: number;
  slug: string;
  name: string;
  group: string | null;
  countries: string[];
  key: string | null;
  from: string | null;
  categories: string[] | null;
  destinations: string[] | null;
}

// The same page as the GraphQL query: 500 vendors by name, then id, after the last one seen; a
// 501st tells whether there is a next page.
const pageSql = `
  WITH page AS (
    SELECT v.id, v.slug, v.name, v.countries, g.slug AS "group"
    FROM "Node" v LEFT JOIN "FunctionGroup" g ON g.id = v."groupId"
    WHERE v.kind = 'VENDOR' AND ($1::text IS NULL OR (v.name, v.id) > ($1::text, $2::int))
    ORDER BY v.name, v.id
    LIMIT 501
  )
  SELECT p.*, f.key, s.slug AS "from", f.categories,
    CASE WHEN cardinality(f.countries) > 0 THEN f.countries ELSE p.countries END AS destinations
  FROM page p
  LEFT JOIN "Flow" f ON f."toId" = p.id
  LEFT JOIN "Node" s ON s.id = f."fromId"
  ORDER BY p.name, p.id, f.key`;

/** The baseline: one hand-written SQL statement per page, rows folded into the same JSON shape. */
export async function dashboardBySql(): Promise<string[]> {
  const pages: string[] = [];
  let after: Row | undefined;
  for (;;) {
    const rows = await connection().query<Row>(pageSql, [after?.name ?? null, after?.id ?? null]);
    const { vendors, last, hasNextPage } = fold(rows);
    pages.push(JSON.stringify({ data: { vendors: { pageInfo: { hasNextPage }, edges: vendors.map((node) => ({ node })) } } }));
    if (!hasNextPage || !last) return pages;
    after = last;
  }
}

/** Rows of vendor × incoming flow, sorted by vendor, as nested vendors; a 501st vendor only says there is more. */
function fold(rows: Row[]) {
  const vendors: { slug: string; name: string; group: { slug: string } | null; processingCountries: { code: string }[]; incomingFlows: unknown[] }[] = [];
  let last: Row | undefined;
  for (const row of rows) {
    if (row.id !== last?.id) {
      if (vendors.length === 500) return { vendors, last, hasNextPage: true };
      vendors.push({ slug: row.slug, name: row.name, group: row.group ? { slug: row.group } : null, processingCountries: row.countries.map((code) => ({ code })), incomingFlows: [] });
      last = row;
    }
    if (row.key) {
      vendors.at(-1)!.incomingFlows.push({
        key: row.key,
        from: { slug: row.from },
        categories: row.categories!.map((key) => ({ key })),
        destinationCountries: row.destinations!.map((code) => ({ code })),
      });
    }
  }
  return { vendors, last, hasNextPage: false };
}

/** One page of the dashboard through the real app: yoga's fetch, without a socket. */
export async function dashboardPage(app: App, token: string, after: string | null): Promise<string> {
  const response = await app.fetch("http://datamap.bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: dashboardQuery, variables: { after } }),
  });
  return response.text();
}

/** The whole dashboard through the app, page by page as a client reads it. */
export async function dashboardByApp(app: App, token: string): Promise<string[]> {
  const pages: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await dashboardPage(app, token, after);
    pages.push(page);
    // Read the cursor without parsing the whole page: parsing is the client's cost, not the server's.
    const next = /"hasNextPage":true,"endCursor":"([^"]+)"/.exec(page);
    if (!next) return pages;
    after = next[1]!;
  }
}

/** Vendors and flows in the pages, to check that both ways give the same answer. */
export function tally(pages: string[]): { vendors: number; flows: number } {
  let vendors = 0;
  let flows = 0;
  for (const page of pages) {
    const { data, errors } = JSON.parse(page) as { data?: { vendors: { edges: { node: { incomingFlows: unknown[] } }[] } }; errors?: unknown };
    if (errors || !data) throw new Error(`the dashboard query failed: ${page.slice(0, 500)}`);
    vendors += data.vendors.edges.length;
    flows += data.vendors.edges.reduce((sum, { node }) => sum + node.incomingFlows.length, 0);
  }
  return { vendors, flows };
}
