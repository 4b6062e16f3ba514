import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { roles } from "../src/auth/roles.ts";
import type { Role } from "../src/generated/prisma/enums.ts";
import { schema } from "../src/schema/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

/**
 * The matrix comes from the schema itself: every root field must declare `authScopes`, and for
 * each caller (anonymous, then each role) the field either runs or is refused, as declared.
 */
const api = useApp(smallMap);

type Scope = "public" | "reader" | "editor" | "publisher" | "admin";
const needed: Record<Scope, Role | null> = { public: null, reader: "READER", editor: "EDITOR", publisher: "PUBLISHER", admin: "ADMIN" };

function declaredScope(field: GraphQLField<unknown, unknown>): Scope | undefined {
  const scopes = (field.extensions as { pothosOptions?: { authScopes?: Partial<Record<Scope, boolean>> } }).pothosOptions?.authScopes;
  const declared = scopes && (Object.keys(scopes) as Scope[]).filter((scope) => scopes[scope]);
  return declared?.length === 1 ? declared[0] : undefined;
}

const samples: Record<string, string> = {
  String: '"x"', ID: '"x"', Int: "1", Float: "1", Boolean: "true",
  CountryCode: '"DE"', DataCategoryKey: '"user"', DataUseKey: '"essential"', Date: '"2026-01-01"', DateTime: '"2030-01-01T00:00:00Z"',
};

function sample(type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${sample(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isScalarType(inner)) return samples[inner.name] ?? '"x"';
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${fields.map((field) => `${field.name}: ${sample(field.type)}`).join(", ")} }`;
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const argText = args.length > 0 ? `(${args.map((arg) => `${arg.name}: ${sample(arg.type)}`).join(", ")})` : "";
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${kind} { ${field.name}${argText}${selection} }`;
}

const roots = [
  ["query", schema.getQueryType()],
  ["mutation", schema.getMutationType()],
] as const;
const subscriptions = Object.values(schema.getSubscriptionType()?.getFields() ?? {});
const fields = roots.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field })));

it("has an auth rule on every root field", () => {
  const missing = [...fields.map(({ field }) => field), ...subscriptions].filter((field) => !declaredScope(field)).map((field) => field.name);
  expect(missing, "add authScopes to these fields").toEqual([]);
});

describe.each(fields.map(({ kind, field }) => ({ kind, name: field.name, field })))("$kind $name", ({ kind, field }) => {
  const scope = declaredScope(field) ?? "admin";
  it.each([null, ...roles] as (Role | null)[])(`as %s: runs only with ${scope}`, async (role) => {
    const { errors } = await api.graphql(operation(kind, field), {}, { role });
    const codes = (errors ?? []).map((error) => error.extensions?.code);
    const required = needed[scope];
    const allowed = required === null || (role !== null && roles.indexOf(role) >= roles.indexOf(required));
    if (allowed) expect(codes).not.toContain(role ? "FORBIDDEN" : "UNAUTHENTICATED");
    else expect(codes).toEqual([role ? "FORBIDDEN" : "UNAUTHENTICATED"]);
  });
});
