import fc from "fast-check";
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema,
} from "graphql";
import { mapFileText } from "./map-files.ts";

/** One HTTP request to /graphql, as a fuzzer would send it. */
export interface FuzzRequest {
  method: "GET" | "POST";
  contentType: string | null;
  body: string;
  role: "anonymous" | "READER" | "EDITOR" | "PUBLISHER" | "ADMIN" | "garbage";
}

const slugs = ["aws", "mailer", "relay", "platform", "customers", "hosting", "mail", "stripe", "new-co", "", "A B", "nul\u0000", "x".repeat(300)];
const scalarPools: Record<string, unknown[]> = {
  CountryCode: ["DE", "US", "IE", "UK", "XX", "de", "", 42],
  DataCategoryKey: ["user.contact.email", "user.name", "user.nope", "", "user"],
  DataUseKey: ["essential.service", "marketing.communications.email", "nope", ""],
  Date: ["2026-01-01", "2026-13-45", "yesterday", "", 0],
  DateTime: ["2026-01-01T00:00:00Z", "2099-12-31T23:59:59.999Z", "not a date", 12],
};
const urls = ["https://127.0.0.1/hooks", "http://localhost:1/x", "https://[::1]/", "ftp://127.0.0.1/", "not a url", "https://user:pw@127.0.0.1/"];

const anyString = fc.oneof(fc.constantFrom(...slugs), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));

/** A value for an input type: mostly well-typed, sometimes wrong or missing. */
function inputValue(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
  if (isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: inputValue(type.ofType, name, depth) }, { weight: 1, arbitrary: wrong });
  if (isListType(type)) return fc.array(inputValue(type.ofType, name, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: anyString });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, field.name, depth + 1)])), { requiredKeys: [] });
  }
  const scalar = getNamedType(type).name;
  if (/url/i.test(name)) return fc.constantFrom(...urls);
  if (/file|yaml|source|content/i.test(name)) return mapFileText;
  if (scalarPools[scalar]) return fc.oneof(fc.constantFrom(...scalarPools[scalar]!), wrong);
  if (scalar === "Int" || scalar === "Float") return fc.oneof(fc.integer({ min: -3, max: 600 }), fc.constantFrom(2 ** 31, -(2 ** 40), 1.5));
  if (scalar === "Boolean") return fc.boolean();
  if (scalar === "JSON") return fc.jsonValue({ maxDepth: 3 });
  return anyString;
}

/** A selection set on an object type: real fields, a misspelt one now and then, bounded depth. */
function selection(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  if (depth > 3 || fields.length === 0) return fc.constant("__typename");
  const one = fc.constantFrom(...fields).chain((field) => {
    const named = getNamedType(field.type);
    if (isObjectType(named)) return selection(named, depth + 1).map((inner) => `${field.name} { ${inner} }`);
    if (isInterfaceType(named)) return fc.constant(`${field.name} { __typename }`);
    return fc.constant(field.name);
  });
  return fc.array(fc.oneof({ weight: 8, arbitrary: one }, { weight: 1, arbitrary: fc.constantFrom("nope", "__schema { types { name } }", "__typename") }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
}

/** A document with one root field of `root`, its arguments as variables. */
function operation(schema: GraphQLSchema, kind: "query" | "mutation"): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  const root = kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
  return fc.constantFrom(...Object.values(root.getFields())).chain((field: GraphQLField<unknown, unknown>) => {
    const named = getNamedType(field.type);
    const inner = isObjectType(named) ? selection(named, 1).map((s) => ` { ${s} }`) : isInterfaceType(named) ? fc.constant(" { __typename }") : fc.constant("");
    const args = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, inputValue(arg.type, arg.name)])), { requiredKeys: [] });
    return fc.tuple(inner, args).map(([selectionSet, variables]) => {
      const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
      const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
      const signature = declared.length > 0 ? `(${declared.join(", ")})` : "";
      const call = passed.length > 0 ? `(${passed.join(", ")})` : "";
      return { query: `${kind}${signature} { ${field.name}${call}${selectionSet} }`, variables };
    });
  });
}

/** Requests: schema-shaped operations, the same with characters changed, and plain junk. */
export function graphqlRequests(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const shaped = fc.oneof(operation(schema, "query"), operation(schema, "mutation"));
  const mutated = fc.tuple(shaped, fc.nat(), fc.string({ maxLength: 3 })).map(([op, at, text]) => {
    const cut = at % Math.max(1, op.query.length);
    return { ...op, query: op.query.slice(0, cut) + text + op.query.slice(cut + text.length) };
  });
  const json = fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 3, arbitrary: mutated }).map((op) => JSON.stringify(op));
  const junk = fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)), fc.constant('{"query": 42}'));
  return fc.record({
    method: fc.oneof({ weight: 9, arbitrary: fc.constant<FuzzRequest["method"]>("POST") }, { weight: 1, arbitrary: fc.constant<FuzzRequest["method"]>("GET") }),
    contentType: fc.oneof(
      { weight: 12, arbitrary: fc.constant("application/json") },
      { weight: 1, arbitrary: fc.constantFrom("application/graphql-response+json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null) },
    ),
    body: fc.oneof({ weight: 6, arbitrary: json }, { weight: 1, arbitrary: junk }),
    role: fc.constantFrom<FuzzRequest["role"]>("anonymous", "READER", "EDITOR", "PUBLISHER", "ADMIN", "ADMIN", "garbage"),
  });
}
