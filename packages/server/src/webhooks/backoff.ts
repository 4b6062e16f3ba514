/**
 * Retries double from 30 s up to 6 h between attempts; 14 attempts span about 26 hours, then
 * the delivery is given up (FAILED) and can still be redelivered by hand.
 */
export interface RetrySchedule {
  firstDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const defaultRetrySchedule: RetrySchedule = { firstDelayMs: 30_000, maxDelayMs: 6 * 60 * 60 * 1000, maxAttempts: 14 };

/** The wait after the given number of failed attempts, or null when there is no next attempt. */
export function retryDelay(failedAttempts: number, schedule = defaultRetrySchedule, random = Math.random): number | null {
  if (failedAttempts >= schedule.maxAttempts) return null;
  const delay = Math.min(schedule.firstDelayMs * 2 ** (failedAttempts - 1), schedule.maxDelayMs);
  // ±10 % so that receivers coming back up are not hit by every sender at once.
  return Math.round(delay * (0.9 + 0.2 * random()));
}
