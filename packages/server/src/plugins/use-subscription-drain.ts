import type { Plugin } from "graphql-yoga";
import { sseConnections } from "../metrics/registry.ts";

/**
 * Ends every subscription stream when `shutdown` aborts, so SSE clients get a clean `complete`
 * and reconnect to another replica instead of hanging on a closing one. Counts open streams.
 */
export function useSubscriptionDrain(shutdown: AbortSignal): Plugin {
  return {
    onSubscribe: () => ({
      onSubscribeResult({ result, setResult }) {
        if (Symbol.asyncIterator in result) setResult(untilAborted(result, shutdown));
      },
    }),
  };
}

function untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const done: IteratorReturnResult<undefined> = { done: true, value: undefined };
  let onAbort = () => {};
  const aborted = new Promise<IteratorReturnResult<undefined>>((resolve) => (onAbort = () => resolve(done)));
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  sseConnections.inc();
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    sseConnections.dec();
    signal.removeEventListener("abort", onAbort);
    await iterator.return?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (finished) return done;
      const result = await Promise.race([iterator.next(), aborted]);
      if (result.done) await finish();
      return result;
    },
    async return() {
      await finish();
      return done;
    },
  };
}
