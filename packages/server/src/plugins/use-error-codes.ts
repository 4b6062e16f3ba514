import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { errorResponse } from "../http/error-response.ts";

const statusCodes: Record<number, [code: string, message: string]> = {
  415: ["UNSUPPORTED_MEDIA_TYPE", "Send GraphQL requests as application/json, or as GET with ?query=."],
};

/**
 * Gives a code to the errors raised without one, so that every refusal carries a code: a
 * request yoga cannot read (a multipart body without `operations`) is BAD_REQUEST; a variable
 * that does not fit its type (graphql-js) or paging arguments that do not go together (the
 * relay plugin) are BAD_USER_INPUT. Masked errors and our own already have theirs. Refusals
 * yoga sends with an empty body (415) get a JSON one.
 */
export function useErrorCodes(): Plugin {
  return {
    onResponse({ response, setResponse }) {
      const known = statusCodes[response.status];
      if (!known || response.headers.get("content-type")?.includes("json")) return;
      setResponse(errorResponse(response.status, ...known));
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) {
        if (result.some(needsCodes)) setResult(result.map(withCodes));
      } else if (!(Symbol.asyncIterator in result) && needsCodes(result)) {
        setResult(withCodes(result));
      }
    },
  };
}

const needsCodes = (result: ExecutionResult) => result.errors?.some((error) => error.extensions?.code === undefined) ?? false;

const withCodes = (result: ExecutionResult): ExecutionResult =>
  needsCodes(result) ? { ...result, errors: result.errors!.map((error) => (error.extensions?.code === undefined ? withCode(error) : error)) } : result;

function withCode(error: GraphQLError): GraphQLError {
  const unreadable = !error.path && !error.locations;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: unreadable ? "BAD_REQUEST" : "BAD_USER_INPUT" },
  });
}
