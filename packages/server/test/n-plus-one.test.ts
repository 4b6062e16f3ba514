import { expect, it } from "vitest";
import { syntheticMap } from "@datamap/core";
import { db, onStatement } from "../src/db/index.ts";
import { seedMap } from "../src/map/seed.ts";
import { useApp } from "./harness.ts";

const api = useApp();

const dashboardQuery = /* GraphQL */ `
  {
    vendors(first: 500) {
      edges {
        node {
          slug
          group { name }
          processingCountries { code eea }
          incomingFlows { key from { slug kind } categories { key } destinationCountries { code } }
          subProcessors { slug group { slug } }
          dataCategories { key }
        }
      }
    }
  }
`;

/** The SQL statements of the dashboard query on a fresh map of `vendors` vendors. */
async function statementsFor(vendors: number): Promise<string[]> {
  await db().$transaction([db().flow.deleteMany(), db().node.deleteMany(), db().functionGroup.deleteMany(), db().setting.deleteMany()]);
  await seedMap(db(), syntheticMap({ vendors, flows: vendors * 3, seed: 7 }));
  await api.graphql(`{ vendors(first: 1) { totalCount } }`); // the token's first use also records lastUsedAt
  const statements: string[] = [];
  const stop = onStatement((sql) => statements.push(sql));
  try {
    const { data, errors } = await api.graphql<{ vendors: { edges: unknown[] } }>(dashboardQuery);
    expect(errors).toBeUndefined();
    expect(data?.vendors.edges).toHaveLength(vendors);
  } finally {
    stop();
  }
  return statements;
}

it("makes the same number of SQL statements for 5 and for 500 vendors", async () => {
  const few = (await statementsFor(5)).length;
  const many = (await statementsFor(500)).length;
  expect(few).toBeLessThanOrEqual(12);
  expect(many).toBe(few);
});

it("reads only the columns of the fields asked for", async () => {
  const statements = await statementsFor(5);
  const nodeAndFlowReads = statements.filter((sql) => /FROM "public"\."(Node|Flow)"/.test(sql));
  expect(nodeAndFlowReads.length).toBeGreaterThan(0);
  for (const sql of nodeAndFlowReads) expect(sql).not.toMatch(/"(notes|legalName|description|purposes|mechanisms|updatedAt)"/);
});
