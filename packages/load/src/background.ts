import type { ServerProcess } from "@datamap/server/testing";
import { graphql, sleep } from "./cluster.ts";

/** Steady GraphQL reads, four callers per replica, counted while a fault happens. */
export function backgroundQueries(replicas: ServerProcess[]) {
  const counts = { ok: 0, failed: 0 };
  let running = true;
  const loop = async (replica: ServerProcess) => {
    while (running) {
      const answer = await graphql(replica.url, `{ vendors(first: 5) { totalCount } }`).catch(() => ({ errors: [{ message: "no answer" }] }));
      if (answer.errors) counts.failed++;
      else counts.ok++;
      await sleep(10);
    }
  };
  const loops = replicas.flatMap((replica) => [1, 2, 3, 4].map(() => loop(replica)));
  return {
    counts,
    async stop() {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}

/** Polls /readyz on every replica and keeps how long any of them was not ready. */
export function readinessWatch(replicas: ServerProcess[]) {
  let redSince: number | undefined;
  let redMs = 0;
  let running = true;
  const poll = (async () => {
    while (running) {
      const states = await Promise.all(replicas.map((replica) => fetch(`${replica.url}/readyz`, { signal: AbortSignal.timeout(3000) }).then((response) => response.ok, () => false)));
      const red = states.some((ready) => !ready);
      if (red && redSince === undefined) redSince = Date.now();
      if (!red && redSince !== undefined) {
        redMs += Date.now() - redSince;
        redSince = undefined;
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await poll;
      return redMs;
    },
  };
}

export async function allReady(replicas: ServerProcess[]): Promise<boolean> {
  const states = await Promise.all(replicas.map((replica) => fetch(`${replica.url}/readyz`).then((response) => response.ok, () => false)));
  return states.every(Boolean);
}
