import { describeChange, type Change } from "@datamap/core";
import { Presets, SingleBar } from "cli-progress";
import pc from "picocolors";
import { closeDatabase, openDatabase, resolveDatabaseTarget } from "../db/index.ts";

/** picocolors colours only a TTY, and never with NO_COLOR set. */
const marks: Record<Change["type"], string> = {
  added: pc.green("+"),
  "item-added": pc.green("+"),
  removed: pc.red("-"),
  "item-removed": pc.red("-"),
  ended: pc.magenta("⏹"),
  changed: pc.yellow("~"),
};

/** One line per change, as releases describe them: "+ Vendor added: Mailgun (processing in United States)". */
export function changeLines(changes: readonly Change[]): string {
  return changes.map((change) => `  ${marks[change.type]} ${describeChange(change).en}\n`).join("");
}

export const bold = pc.bold;
export const dim = pc.dim;

/** Above this many entities an import shows a progress bar, on a terminal only. */
const progressFrom = 300;

export function progressBar(label: string): { update(done: number, total: number): void; stop(): void } {
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (total < progressFrom * 2 || !process.stderr.isTTY) return;
      if (!bar) {
        bar = new SingleBar({ format: `${label} {bar} {percentage}% | {value}/{total} rows`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  await openDatabase(resolveDatabaseTarget());
  try {
    return await work();
  } finally {
    await closeDatabase();
  }
}
