import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";

/** Returns what resolvers noted in `ctx.warnings` as the response's `extensions.warnings`. */
export function useWarnings(): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const { warnings } = args.contextValue;
        if (warnings.length === 0 || Symbol.asyncIterator in result) return;
        setResult({ ...result, extensions: { ...result.extensions, warnings } });
      },
    }),
  };
}
