import { GraphQLError, Kind, type ValueNode } from "graphql";
import { isCountryCode, isTaxonomyKey, suggestCountryCode, suggestTaxonomyKey, type TaxonomyKind } from "@datamap/core";
import { builder } from "./builder.ts";

/** A string scalar whose values are checked while the query is validated, not when it runs. */
function checkedString(name: string, description: string, check: (value: string) => string | undefined) {
  const parse = (value: unknown) => {
    if (typeof value !== "string") throw new GraphQLError(`${name} must be a string`);
    const problem = check(value);
    if (problem) throw new GraphQLError(problem);
    return value;
  };
  return builder.scalarType(name as "CountryCode", {
    description,
    serialize: (value) => value,
    parseValue: parse,
    parseLiteral: (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : undefined),
  });
}

const didYouMean = (hint: string | undefined) => (hint ? `; did you mean "${hint}"?` : "");

checkedString("CountryCode", "An ISO 3166-1 alpha-2 country code, e.g. \"IE\".", (code) =>
  isCountryCode(code) ? undefined : `"${code}" is not an ISO 3166-1 alpha-2 code${didYouMean(suggestCountryCode(code))}`,
);

function taxonomyScalar(name: "DataCategoryKey" | "DataUseKey", kind: TaxonomyKind, example: string) {
  checkedString(name, `A fideslang data ${kind} key, e.g. "${example}".`, (key) =>
    isTaxonomyKey(kind, key) ? undefined : `"${key}" is not a fideslang data ${kind} key${didYouMean(suggestTaxonomyKey(kind, key))}`,
  );
}
taxonomyScalar("DataCategoryKey", "category", "user.contact.email");
taxonomyScalar("DataUseKey", "use", "essential.service");

builder.scalarType("Date", {
  description: "A calendar day, YYYY-MM-DD.",
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError("A Date must be written YYYY-MM-DD.");
    }
    return value;
  },
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("A DateTime must be an ISO 8601 instant.");
    return date;
  },
});

builder.scalarType("JSON", {
  description: "Any JSON value: documents such as a public map, whose shape is described by its `format`.",
  serialize: (value) => value,
  parseValue: (value) => value,
});
