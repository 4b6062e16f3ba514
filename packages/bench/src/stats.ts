/** Timings of one piece of work, repeated. */
export interface Sample {
  runs: number;
  median: number;
  p99: number;
  min: number;
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export function summarize(values: number[]): Sample {
  if (values.length === 0) throw new Error("nothing was measured");
  const sorted = [...values].sort((a, b) => a - b);
  return { runs: sorted.length, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), min: sorted[0]! };
}

/** Milliseconds per call of `work`, after `warmup` calls that let the JIT and caches settle. */
export async function time(work: () => unknown, { runs, warmup = 2 }: { runs: number; warmup?: number }): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await work();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    values.push(performance.now() - start);
  }
  return summarize(values);
}

/**
 * Runs two pieces of work in turns (a, b, a, b, …), so that a noisy neighbour or a CPU that warms
 * up slows both alike and their ratio stays honest.
 */
export async function timePair(a: () => unknown, b: () => unknown, options: { runs: number; warmup?: number }): Promise<[Sample, Sample]> {
  const warmup = options.warmup ?? 2;
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < options.runs; i++) {
    for (const [index, work] of [a, b].entries()) {
      const start = performance.now();
      await work();
      times[index]!.push(performance.now() - start);
    }
  }
  return [summarize(times[0]), summarize(times[1])];
}
