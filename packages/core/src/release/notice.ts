import type { Change } from "./change.ts";
import { changeEffect } from "./change.ts";

export const defaultNoticeDays = 30;
const day = 24 * 60 * 60 * 1000;

/**
 * When a release takes effect. Its additions and changes wait for the notice period; a release
 * that only takes things away takes effect when published, and so does the first release, which
 * records the list as it already stands. A release never takes effect before the one it follows,
 * because its map contains that one's additions. Removals are not held back by any of this: they
 * apply at publication (see `mapAsOf`).
 */
export function effectiveAtFor(options: {
  publishedAt: Date;
  changes: readonly Change[];
  noticeDays: number;
  previous: { effectiveAt: Date } | null;
}): Date {
  const { publishedAt, changes, noticeDays, previous } = options;
  if (!previous) return publishedAt;
  const waits = changes.some((change) => changeEffect(change) === "notice");
  const own = waits ? publishedAt.getTime() + noticeDays * day : publishedAt.getTime();
  return new Date(Math.max(own, previous.effectiveAt.getTime()));
}
