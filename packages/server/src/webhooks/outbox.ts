import { randomUUID } from "node:crypto";
import { describeChanges, releaseInfo } from "@datamap/core";
import type { Release } from "../generated/prisma/client.ts";
import { publicBase, publicLinks } from "../releases/links.ts";
import { toPublished, type Tx } from "../releases/records.ts";

export const webhookEvents = ["release.published", "release.effective"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/**
 * Writes one delivery per subscribed endpoint into the outbox, in the caller's transaction, so
 * an event is queued exactly when what caused it is committed. Returns how many were queued.
 */
export async function queueDeliveries(tx: Tx, event: WebhookEvent, release: Release, now = new Date()): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true, events: { has: event } }, select: { id: true } });
  if (endpoints.length === 0) return 0;
  const payload = JSON.stringify(eventPayload(event, release, now));
  const { count } = await tx.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({ id: newMessageId(), endpointId: endpoint.id, event, releaseNumber: release.number, payload, nextAttemptAt: now })),
  });
  return count;
}

/** The Standard Webhooks body: `type`, `timestamp`, and the release with its changes in English and German. */
export function eventPayload(event: WebhookEvent, row: Release, now: Date) {
  const release = toPublished(row);
  const links = publicLinks(publicBase());
  return {
    type: event,
    timestamp: now.toISOString(),
    data: {
      release: releaseInfo(release),
      changes: describeChanges(release.changes),
      links: { release: links.release(release.number), map: links.map },
    },
  };
}

/** Queues `release.effective` for every release whose effectiveAt has passed, once per release. */
export async function queueEffectiveEvents(tx: Tx, now = new Date()): Promise<number[]> {
  const due = await tx.release.findMany({ where: { effectiveNotifiedAt: null, effectiveAt: { lte: now } }, orderBy: { number: "asc" } });
  const queued: number[] = [];
  for (const release of due) {
    // Claims the release, so that two replicas never queue its event twice.
    const { count } = await tx.release.updateMany({ where: { number: release.number, effectiveNotifiedAt: null }, data: { effectiveNotifiedAt: now } });
    if (count === 0) continue;
    await queueDeliveries(tx, "release.effective", release, now);
    queued.push(release.number);
  }
  return queued;
}

/** Sends a delivery again from its first retry step, whatever became of it; its attempts stay in the log. */
export async function redeliver(tx: Tx, id: string, now = new Date()) {
  return tx.webhookDelivery.update({ where: { id }, data: { status: "PENDING", attemptCount: 0, nextAttemptAt: now, deliveredAt: null } });
}

const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;
