import { canonicalJson, defaultNoticeDays, diffMaps, effectiveAtFor, emptyMap, publicProjection, sha256, type Change } from "@datamap/core";
import { db } from "../db/index.ts";
import { mapEvents } from "../events.ts";
import { Prisma, type Release } from "../generated/prisma/client.ts";
import { loadMap } from "../map/store.ts";
import { BadUserInputError, ConflictError } from "../schema/errors.ts";
import { queueDeliveries } from "../webhooks/outbox.ts";
import { wakeWebhookWorkers } from "../webhooks/worker.ts";
import { announcePublicChange } from "./invalidate.ts";
import { latestMap, type Tx } from "./records.ts";

/** What publishing now would freeze, and how it differs from the latest release. */
export interface ReleasePlan {
  number: number;
  previous: number | null;
  changes: Change[];
  canonical: string;
  sha256: string;
  publishedAt: Date;
  effectiveAt: Date;
}

export async function planRelease(tx: Tx, { noticeDays = defaultNoticeDays, now = new Date() } = {}): Promise<ReleasePlan> {
  checkNoticeDays(noticeDays);
  const [draft, latest] = await Promise.all([loadMap(tx), latestMap(tx)]);
  const map = publicProjection(draft);
  const canonical = canonicalJson(map);
  const changes = diffMaps(latest?.map ?? emptyMap, map);
  const effectiveAt = effectiveAtFor({ publishedAt: now, changes, noticeDays, previous: latest });
  return { number: (latest?.number ?? 0) + 1, previous: latest?.number ?? null, changes, canonical, sha256: sha256(canonical), publishedAt: now, effectiveAt };
}

export interface PublishInput {
  summary: string;
  noticeDays?: number;
  publishedBy: string;
  now?: Date;
  /** Runs in the publishing transaction, e.g. to write the audit log. */
  onPublished?: (tx: Prisma.TransactionClient, release: Release) => Promise<void>;
}

/**
 * Freezes the draft's public projection into the next release, in one transaction with the
 * webhook deliveries it causes: either all of it is written or none.
 */
export async function publish(input: PublishInput): Promise<Release> {
  const release = await db()
    .$transaction((tx) => publishIn(tx, input), { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60_000 })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034")) {
        throw new ConflictError("Another release was published at the same moment; look at it, then publish again.");
      }
      throw error;
    });
  announce(release);
  return release;
}

/** Publishing inside the caller's transaction; call `announce` once it commits. */
export async function publishIn(tx: Prisma.TransactionClient, { summary, noticeDays, publishedBy, now, onPublished }: PublishInput): Promise<Release> {
  if (summary.trim() === "") throw new BadUserInputError("Write a summary of the release: one line readers see in feeds and e-mails.", "summary");
  const plan = await planRelease(tx, { noticeDays, now });
  if (plan.changes.length === 0) {
    throw new BadUserInputError(
      plan.previous ? `Nothing to publish: the public map is the same as in release ${plan.previous}.` : "Nothing to publish: the public map is empty.",
    );
  }
  const { number, publishedAt, effectiveAt, canonical, sha256, changes } = plan;
  const row = await tx.release.create({
    data: { number, publishedAt, effectiveAt, summary: summary.trim(), canonical, sha256, diff: changes as unknown as Prisma.InputJsonValue, publishedBy },
  });
  await queueDeliveries(tx, "release.published", row, publishedAt);
  await onPublished?.(tx, row);
  return row;
}

/** After commit: rebuild public documents on every replica, send webhooks now, tell subscribers. */
export function announce(release: Release): void {
  announcePublicChange();
  wakeWebhookWorkers();
  mapEvents.publish("releasePublished", release);
}

function checkNoticeDays(days: number): void {
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw new BadUserInputError(`noticeDays must be a whole number of days from 0 to 365 (got ${days}).`, "noticeDays");
  }
}
