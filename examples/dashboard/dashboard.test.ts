import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GraphQLClient } from "graphql-request";
import { afterAll, beforeAll, expect, it } from "vitest";
import { spawnServer, type ServerProcess } from "@datamap/server/testing";

const example = fileURLToPath(new URL("../fortrabbit/datamap.yaml", import.meta.url));
const query = (name: string) => readFileSync(new URL(`queries/${name}.graphql`, import.meta.url), "utf8");

let server: ServerProcess;
let client: GraphQLClient;

beforeAll(async () => {
  server = await spawnServer({ args: ["--seed", example] });
  // A dashboard reads with a reader token of its own, made once by an admin.
  const admin = new GraphQLClient(`${server.url}/graphql`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  const { createApiToken } = await admin.request<{ createApiToken: { token: string } }>(query("create-dashboard-token"));
  client = new GraphQLClient(`${server.url}/graphql`, { headers: { authorization: `Bearer ${createApiToken.token}` } });
});
afterAll(async () => {
  await server?.stop();
});

it("lists the sub-processors by function as the page does", async () => {
  const data = await client.request<{ functionGroups: { name: string; vendors: { name: string }[] }[] }>(
    query("sub-processors-by-function"),
  );
  expect(data.functionGroups[0]).toMatchObject({ name: "Cloud hosting & data centers", vendors: [{ name: "Amazon Web Services" }] });
  expect(data.functionGroups.flatMap((group) => group.vendors)).toHaveLength(18);
  const german = await client.request<{ functionGroups: { name: string }[] }>(query("sub-processors-by-function"), { locale: "DE" });
  expect(german.functionGroups[0]?.name).not.toBe("Cloud hosting & data centers");
});

it("follows IP addresses to every recipient", async () => {
  const data = await client.request<{ flows: { edges: { node: { to: { name: string } } }[] } }>(query("where-ip-addresses-go"));
  const recipients = data.flows.edges.map((edge) => edge.node.to.name);
  expect(recipients).toEqual(expect.arrayContaining(["KeyCDN", "MaxMind"]));
});

it("shows one vendor's card", async () => {
  const data = await client.request<{ vendor: { name: string; processingCountries: { code: string }[] } }>(query("vendor-detail"), {
    slug: "aws",
  });
  expect(data.vendor).toMatchObject({ name: "Amazon Web Services", processingCountries: [{ code: "IE" }] });
});

it("pages through vendors receiving contact data", async () => {
  type Page = { vendors: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { slug: string } }[] } };
  const slugs: string[] = [];
  let after: string | undefined;
  let total = 0;
  do {
    const page: Page = await client.request<Page>(query("vendors-receiving-contact-data"), { after });
    slugs.push(...page.vendors.edges.map((edge) => edge.node.slug));
    total = page.vendors.totalCount;
    after = page.vendors.pageInfo.hasNextPage ? page.vendors.pageInfo.endCursor : undefined;
  } while (after);
  expect(slugs).toHaveLength(total);
  expect(new Set(slugs).size).toBe(total);
  expect(slugs).toContain("mailchimp");
});
