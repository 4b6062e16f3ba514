import { compareWithSignOff, review, type ReviewedFinding, type ReviewSummary } from "@datamap/core";
import type { Tx } from "../releases/records.ts";
import { latestSignOff, type SignOffRow } from "./sign-off.ts";
import { loadReviewTarget, type ReviewTarget } from "./target.ts";

export interface ReviewedTarget extends ReviewTarget {
  findings: ReviewedFinding[];
  summary: ReviewSummary & { resolved: string[] };
  signOff: SignOffRow | null;
}

/** The review of the draft (release null) or a release, each finding against the last sign-off; null for no such release. */
export async function reviewed(tx: Tx, release: number | null): Promise<ReviewedTarget | null> {
  const target = await loadReviewTarget(tx, release);
  if (!target) return null;
  const signOff = await latestSignOff(tx, target.release);
  const result = review(target.map);
  const { findings, resolved } = compareWithSignOff(result.findings, signOff);
  return { ...target, findings, signOff, summary: { ...result.summary, resolved } };
}
