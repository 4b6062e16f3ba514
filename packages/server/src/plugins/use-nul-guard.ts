import type { Plugin } from "graphql-yoga";
import { BadUserInputError } from "../schema/errors.ts";

/**
 * PostgreSQL cannot store U+0000 in text, so a NUL anywhere in a request's variables or string
 * literals would fail deep in a write as a masked internal error. Refused up front instead.
 */
export function useNulGuard(): Plugin {
  return {
    onParams({ params, setResult }) {
      // Malformed params (a query that is no string) are yoga's to refuse, after this.
      const query: unknown = params.query;
      const inQuery = typeof query === "string" && (query.includes("\u0000") || query.includes("\\u0000"));
      const inVariables = params.variables !== undefined && JSON.stringify(params.variables).includes("\\u0000");
      if (!inQuery && !inVariables) return;
      setResult({ errors: [new BadUserInputError("Text may not contain the NUL character (U+0000).", inVariables ? "variables" : "query")] });
    },
  };
}
