// Writes schema.graphql, the printed GraphQL schema that clients and reviewers read.
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../src/schema/index.ts";

writeFileSync(new URL("../schema.graphql", import.meta.url), `${printSchema(schema)}\n`);
