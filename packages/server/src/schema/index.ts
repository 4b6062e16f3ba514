import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.ts";
import "./scalars.ts";
import "./enums.ts";
import "./country.ts";
import "./taxonomy.ts";
import "./node.ts";
import "./subject-group.ts";
import "./system.ts";
import "./function-group.ts";
import "./vendor.ts";
import "./flow.ts";
import "./graph.ts";
import "./token.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
