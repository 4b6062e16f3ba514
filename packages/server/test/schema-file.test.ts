import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";

it("has an up-to-date schema.graphql (run `pnpm schema` after changing the schema)", () => {
  const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
  expect(committed).toBe(`${printSchema(schema)}\n`);
});
