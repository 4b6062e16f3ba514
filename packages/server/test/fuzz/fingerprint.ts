import { connection } from "../../src/db/index.ts";

/**
 * What any write changes: row counts and the sum of versions of what is edited in place.
 * Tokens' lastUsedAt is left out: reading with a token may touch it.
 */
export async function fingerprint(): Promise<string> {
  const [row] = await connection().query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM "Node") AS nodes, (SELECT coalesce(sum(version), 0)::int FROM "Node") AS node_versions,
    (SELECT count(*)::int FROM "Flow") AS flows, (SELECT coalesce(sum(version), 0)::int FROM "Flow") AS flow_versions,
    (SELECT count(*)::int FROM "FunctionGroup") AS groups, (SELECT count(*)::int FROM "Setting") AS settings,
    (SELECT count(*)::int FROM "Release") AS releases, (SELECT count(*)::int FROM "AuditEntry") AS audit,
    (SELECT count(*)::int FROM "ApiToken") AS tokens, (SELECT count(*) FILTER (WHERE "revokedAt" IS NOT NULL)::int FROM "ApiToken") AS revoked,
    (SELECT count(*)::int FROM "WebhookEndpoint") AS endpoints, (SELECT count(*)::int FROM "WebhookDelivery") AS deliveries`);
  return JSON.stringify(row);
}

/** How many requests ended how, for the report at the end of a run. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  report(title: string): string {
    return `${title}\n${[...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `  ${key}: ${count}`).join("\n")}`;
  }
}
