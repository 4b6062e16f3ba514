import { NoSchemaIntrospectionCustomRule, validate } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { IntrospectionMode } from "../config.ts";
import type { Context } from "../context.ts";
import { ForbiddenError } from "../schema/errors.ts";

/**
 * Introspection for everyone ("anonymous"), for callers with a token ("authenticated", the
 * default in production) or for no one ("off"). Checked at execution, once the caller is
 * known; `__typename` stays allowed.
 */
export function useIntrospection(mode: IntrospectionMode): Plugin<Context> {
  if (mode === "anonymous") return {};
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (mode === "authenticated" && args.contextValue.actor) return;
      const [error] = validate(args.schema, args.document, [NoSchemaIntrospectionCustomRule]);
      if (!error) return;
      const who = mode === "off" ? "on this server" : "without a token";
      setResultAndStopExecution({ errors: [new ForbiddenError(`Introspection is turned off ${who} (DATAMAP_INTROSPECTION=${mode}).`)] });
    },
  };
}
