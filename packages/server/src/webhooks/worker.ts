import type { Logger } from "pino";
import { db } from "../db/index.ts";
import { announcePublicChange } from "../releases/invalidate.ts";
import { defaultRetrySchedule, retryDelay, type RetrySchedule } from "./backoff.ts";
import { queueEffectiveEvents } from "./outbox.ts";
import { sendSigned } from "./send.ts";

export interface WebhookWorkerOptions {
  logger: Logger;
  /** How often to look for due deliveries and releases that took effect. */
  intervalMs?: number;
  schedule?: RetrySchedule;
}

export interface WebhookWorker {
  /** Looks for work now rather than at the next interval. */
  wake(): void;
  /** Finishes the attempts in flight and stops. */
  stop(): Promise<void>;
}

const running = new Set<WebhookWorker>();
// A claimed delivery is not due again until this passes, so that another replica leaves it alone.
const leaseMs = 60_000;
const batch = 20;

export function wakeWebhookWorkers(): void {
  for (const worker of running) worker.wake();
}

/** Delivers the outbox: each due delivery is claimed, sent, logged as an attempt, and rescheduled or settled. */
export function startWebhookWorker({ logger, intervalMs = 5000, schedule = defaultRetrySchedule }: WebhookWorkerOptions): WebhookWorker {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let again = false;

  const tick = async () => {
    const now = new Date();
    const effective = await db().$transaction((tx) => queueEffectiveEvents(tx, now));
    if (effective.length > 0) {
      announcePublicChange();
      logger.info({ releases: effective }, "releases took effect");
    }
    const due = await claimDue(now);
    await Promise.all(due.map((delivery) => attempt(delivery, schedule, logger)));
  };

  const run = () => {
    timer = undefined;
    current = tick()
      .catch((error: unknown) => logger.error({ err: error }, "webhook worker failed; retrying at the next interval"))
      .finally(() => {
        if (stopped) return;
        const soon = again;
        again = false;
        timer = setTimeout(run, soon ? 0 : intervalMs);
      });
  };

  const worker: WebhookWorker = {
    wake() {
      if (stopped) return;
      if (timer) {
        clearTimeout(timer);
        run();
      } else again = true;
    },
    async stop() {
      stopped = true;
      running.delete(worker);
      if (timer) clearTimeout(timer);
      await current;
    },
  };
  running.add(worker);
  run();
  return worker;
}

/**
 * Leases up to a batch of due deliveries in one statement. SKIP LOCKED lets replicas claim side
 * by side without waiting on each other, and a row leased by one is not due for the others.
 */
async function claimDue(now: Date) {
  const utc = (date: Date) => date.toISOString();
  const claimed = await db().$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "nextAttemptAt" = (${utc(new Date(now.getTime() + leaseMs))}::timestamptz AT TIME ZONE 'UTC')
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt" LIMIT ${batch}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  return db().webhookDelivery.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    include: { endpoint: { select: { url: true, secret: true } } },
  });
}

type Due = Awaited<ReturnType<typeof claimDue>>[number];

async function attempt(delivery: Due, schedule: RetrySchedule, logger: Logger): Promise<void> {
  const startedAt = new Date();
  const result = await sendSigned(delivery.endpoint.url, delivery.endpoint.secret, delivery.id, delivery.payload, startedAt);
  const durationMs = Date.now() - startedAt.getTime();
  const attempts = delivery.attemptCount + 1;
  const delay = result.error ? retryDelay(attempts, schedule) : null;
  await db().$transaction(async (tx) => {
    const number = (await tx.webhookAttempt.count({ where: { deliveryId: delivery.id } })) + 1;
    await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, number, startedAt, durationMs, ...result } });
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: result.error
        ? { attemptCount: attempts, status: delay === null ? "FAILED" : "PENDING", nextAttemptAt: new Date(Date.now() + (delay ?? 0)) }
        : { attemptCount: attempts, status: "DELIVERED", deliveredAt: new Date() },
    });
  });
  const log = { delivery: delivery.id, event: delivery.event, url: delivery.endpoint.url, attempt: attempts, status: result.statusCode };
  if (result.error) logger.warn({ ...log, error: result.error, retryInMs: delay }, delay === null ? "webhook delivery failed for good" : "webhook delivery failed");
  else logger.info(log, "webhook delivered");
}
