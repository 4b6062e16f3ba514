import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { HttpConfig } from "../config.ts";

export interface GraphQLLimits {
  maxDepth: number;
  maxCost: number;
  /** Hide "Did you mean …?" hints, which spell out the schema to callers who may not read it. */
  hideSuggestions: boolean;
}

// Room for the dashboard's and the widgets' largest queries; an abusive one is far beyond.
const maxAliases = 30;
const maxDirectives = 20;
const maxTokens = 5000;

/**
 * Rejects documents too deep, too costly, too long or with too many aliases or directives
 * before they run, as GraphQL validation errors with the limit in the message.
 */
export function useGraphQLLimits({ maxDepth, maxCost, hideSuggestions }: GraphQLLimits): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: maxTokens }),
    maxDepthPlugin({ n: maxDepth, flattenFragments: true, ...asValidationError }),
    maxAliasesPlugin({ n: maxAliases, ...asValidationError }),
    maxDirectivesPlugin({ n: maxDirectives, ...asValidationError }),
    costLimitPlugin({ maxCost, flattenFragments: true, ...asValidationError }),
  ];
  if (hideSuggestions) plugins.push(blockFieldSuggestionsPlugin());
  return plugins;
}

/**
 * Armor throws out of validation by default, which loses the error code; reported instead,
 * a refusal is one more validation error (GRAPHQL_VALIDATION_FAILED), without its odd prefix.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { nodes: error.nodes })),
  ],
};

export const graphQLLimitsFor = (http: HttpConfig): GraphQLLimits => ({ ...http.graphql, hideSuggestions: http.introspection !== "anonymous" });
