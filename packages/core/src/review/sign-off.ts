import type { Finding } from "./types.ts";

/** Open: not acknowledged. New: open, and not there when the review was last signed off. */
export const findingStatuses = ["open", "new", "acknowledged"] as const;
export type FindingStatus = (typeof findingStatuses)[number];

/** What a sign-off keeps of the review it closed. */
export interface SignOffSnapshot {
  findingIds: readonly string[];
  acknowledgements: readonly { findingId: string; justification: string }[];
}

export interface ReviewedFinding extends Finding {
  status: FindingStatus;
  /** The reviewer's written reason, for an acknowledged finding. */
  justification: string | null;
}

/** The findings of a review as they stand against the last sign-off; `resolved` were there then and are gone now. */
export function compareWithSignOff(findings: readonly Finding[], signOff: SignOffSnapshot | null): { findings: ReviewedFinding[]; resolved: string[] } {
  const known = new Set(signOff?.findingIds ?? []);
  const justifications = new Map((signOff?.acknowledgements ?? []).map((entry) => [entry.findingId, entry.justification]));
  const current = new Set(findings.map((finding) => finding.id));
  return {
    findings: findings.map((finding) => {
      const justification = justifications.get(finding.id) ?? null;
      const status: FindingStatus = justification !== null ? "acknowledged" : signOff && !known.has(finding.id) ? "new" : "open";
      return { ...finding, status, justification };
    }),
    resolved: [...known].filter((id) => !current.has(id)),
  };
}
