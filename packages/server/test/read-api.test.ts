import { describe, expect, it } from "vitest";
import { useApp } from "./harness.ts";
import { smallMap } from "./fixtures.ts";

const api = useApp(smallMap);

describe("vendors", () => {
  it("lists vendors sorted by name with their group and countries", async () => {
    const { data, errors } = await api.graphql(/* GraphQL */ `
      {
        vendors {
          totalCount
          edges { node { slug name status group { slug name(locale: DE) } processingCountries { code eea } dpfCertified } }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({
      vendors: {
        totalCount: 3,
        edges: [
          { node: { slug: "aws", status: "ACTIVE", group: { slug: "hosting", name: "Cloud-Hosting" }, processingCountries: [{ code: "IE", eea: true }], dpfCertified: true } },
          { node: { slug: "mailer", group: { slug: "mail", name: "E-mail" }, processingCountries: [{ code: "US", eea: false }], dpfCertified: false } },
          { node: { slug: "relay", status: "DISABLED_BUT_LISTED" } },
        ],
      },
    });
  });

  it.each([
    [{ status: ["DISABLED_BUT_LISTED"] }, ["relay"]],
    [{ role: ["PROCESSOR"] }, ["mailer"]],
    [{ group: ["mail"] }, ["mailer", "relay"]],
    [{ country: ["US", "IN"] }, ["mailer", "relay"]],
    [{ category: "user.contact" }, ["aws", "mailer", "relay"]],
    [{ category: "user.device" }, ["aws"]],
    [{ search: "amazon" }, ["aws"]],
    [{ search: "EMEA" }, ["aws"]],
  ])("filters by %o", async (filter, slugs) => {
    const { data, errors } = await api.graphql<{ vendors: { edges: { node: { slug: string } }[] } }>(
      /* GraphQL */ `query ($filter: VendorFilter) { vendors(filter: $filter) { edges { node { slug } } } }`,
      { filter },
    );
    expect(errors).toBeUndefined();
    expect(data?.vendors.edges.map((edge) => edge.node.slug)).toEqual(slugs);
  });

  it("pages with a cursor in a stable order", async () => {
    const first = await api.graphql<{ vendors: { pageInfo: { endCursor: string }; edges: { node: { slug: string } }[] } }>(
      /* GraphQL */ `{ vendors(first: 2) { pageInfo { endCursor hasNextPage } edges { node { slug } } } }`,
    );
    const next = await api.graphql<{ vendors: { edges: { node: { slug: string } }[] } }>(
      /* GraphQL */ `query ($after: String) { vendors(first: 2, after: $after) { edges { node { slug } } } }`,
      { after: first.data?.vendors.pageInfo.endCursor },
    );
    expect([...first.data!.vendors.edges, ...next.data!.vendors.edges].map((edge) => edge.node.slug)).toEqual(["aws", "mailer", "relay"]);
  });

  it("rejects unknown filter values during validation, not with an empty list", async () => {
    const cases = [
      [`{ vendors(filter: { status: [GONE] }) { totalCount } }`, /GONE/],
      [`{ vendors(filter: { country: ["UK"] }) { totalCount } }`, /"UK" is not an ISO 3166-1 alpha-2 code; did you mean "GB"\?/],
      [`{ vendors(filter: { category: "user.contact.mail" }) { totalCount } }`, /not a fideslang data category key/],
    ] as const;
    for (const [query, message] of cases) {
      const { data, errors } = await api.graphql(query);
      expect(data).toBeUndefined();
      expect(errors?.[0]?.message).toMatch(message);
    }
    const unknownGroup = await api.graphql(`{ vendors(filter: { group: ["nope"] }) { totalCount } }`);
    expect(unknownGroup.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("finds a vendor by slug with its sub-processors and data categories", async () => {
    const { data } = await api.graphql(/* GraphQL */ `
      { vendor(slug: "mailer") { name notes subProcessors { slug } dataCategories { key name } incomingFlows { from { slug kind } } } }
    `);
    expect(data).toEqual({
      vendor: {
        name: "Mailer Inc.",
        notes: "contract renewal in May",
        subProcessors: [{ slug: "relay" }],
        dataCategories: [{ key: "user.contact.email", name: expect.any(String) }],
        incomingFlows: [{ from: { slug: "platform", kind: "SYSTEM" } }],
      },
    });
    expect((await api.graphql(`{ vendor(slug: "nobody") { slug } }`)).data).toEqual({ vendor: null });
  });
});

describe("flows", () => {
  it.each([
    [{ category: "user.device.ip_address" }, ["platform->aws"]],
    [{ purpose: "marketing" }, ["mailer->relay", "platform->mailer"]],
    [{ country: "IN" }, ["mailer->relay"]],
    [{ from: "platform" }, ["platform->aws", "platform->mailer"]],
    [{ to: "platform" }, ["customers->platform"]],
  ])("filters by %o", async (filter, keys) => {
    const { data, errors } = await api.graphql<{ flows: { edges: { node: { key: string } }[] } }>(
      /* GraphQL */ `query ($filter: FlowFilter) { flows(filter: $filter) { edges { node { key } } } }`,
      { filter },
    );
    expect(errors).toBeUndefined();
    expect(data?.flows.edges.map((edge) => edge.node.key)).toEqual(keys);
  });

  it("defaults destination countries to the recipient's and names mechanisms", async () => {
    const { data } = await api.graphql(/* GraphQL */ `
      { flow(key: "platform->mailer") { destinationCountries { code } mechanisms { key article } to { slug } } }
    `);
    expect(data).toMatchObject({ flow: { destinationCountries: [{ code: "US" }], mechanisms: [{ key: "scc-2" }], to: { slug: "mailer" } } });
  });
});

describe("reference data and graph", () => {
  it("serves the taxonomy as trees", async () => {
    const { data } = await api.graphql<{ taxonomy: { key: string; children: { key: string }[] }[] }>(
      /* GraphQL */ `{ taxonomy(kind: DATA_CATEGORY) { key children { key } } }`,
    );
    const user = data?.taxonomy.find((entry) => entry.key === "user");
    expect(user?.children.map((child) => child.key)).toContain("user.contact");
  });

  it("serves countries with EEA membership and adequacy", async () => {
    const { data } = await api.graphql<{ countries: { code: string; eea: boolean; adequacy: { scope: string } | null }[] }>(
      /* GraphQL */ `{ countries { code eea adequacy { scope } } }`,
    );
    const byCode = new Map(data?.countries.map((entry) => [entry.code, entry]));
    expect(byCode.get("NO")).toMatchObject({ eea: true, adequacy: null });
    expect(byCode.get("US")).toMatchObject({ eea: false, adequacy: { scope: "dpf-certified" } });
    expect(byCode.get("IN")).toMatchObject({ eea: false, adequacy: null });
  });

  it("gives a graph for a diagram, filterable by category", async () => {
    const { data } = await api.graphql<{ graph: { nodes: { id: string; layer: number }[]; edges: { id: string; leavesEEA: boolean }[] } }>(
      /* GraphQL */ `{ graph(category: "user.contact") { nodes { id layer } edges { id leavesEEA } } }`,
    );
    expect(data?.graph.nodes).toEqual(
      expect.arrayContaining([{ id: "customers", layer: 0 }, { id: "platform", layer: 1 }, { id: "mailer", layer: 2 }, { id: "relay", layer: 3 }]),
    );
    expect(data?.graph.edges.find((edge) => edge.id === "platform->mailer")?.leavesEEA).toBe(true);
    expect(data?.graph.edges.find((edge) => edge.id === "platform->aws")?.leavesEEA).toBe(false);
    const ipOnly = await api.graphql<{ graph: { nodes: { id: string }[] } }>(`{ graph(category: "user.device") { nodes { id } } }`);
    expect(ipOnly.data?.graph.nodes.map((node) => node.id).sort()).toEqual(["aws", "platform"]);
  });
});

describe("errors", () => {
  it("masks unexpected errors and serves health", async () => {
    expect((await api.app.fetch("http://datamap.test/healthz")).status).toBe(200);
    expect((await api.app.fetch("http://datamap.test/readyz")).status).toBe(200);
  });
});
