import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { errorResponse } from "../http/error-response.ts";

const statusCodes: Record<number, [code: string, message: string]> = {
  415: ["UNSUPPORTED_MEDIA_TYPE", "Send GraphQL requests as application/json, or as GET with ?query=."],
};

/**
 * Gives a code to the errors raised without one, so that every refusal carries a code: a
 * variable that does not fit its type (graphql-js) or paging arguments that do not go together
 * (the relay plugin) are BAD_USER_INPUT. Masked errors and our own already have theirs.
 * Refusals yoga sends with an empty body (415) get a JSON one.
 */
export function useErrorCodes(): Plugin {
  const fill = (result: ExecutionResult): ExecutionResult | undefined => {
    if (!result.errors?.some((error) => error.extensions?.code === undefined)) return undefined;
    return { ...result, errors: result.errors.map((error) => (error.extensions?.code === undefined ? withCode(error) : error)) };
  };
  return {
    onResponse({ response, setResponse }) {
      const known = statusCodes[response.status];
      if (!known || response.headers.get("content-type")?.includes("json")) return;
      setResponse(errorResponse(response.status, ...known));
    },
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        const filled = Symbol.asyncIterator in result ? undefined : fill(result);
        if (filled) setResult(filled);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult({ result, setResult }) {
        const filled = Symbol.asyncIterator in result ? undefined : fill(result);
        if (filled) setResult(filled);
      },
    }),
  };
}

function withCode(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
  });
}
