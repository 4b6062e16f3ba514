import { coverageStatuses, findingStatuses, severities } from "@datamap/core";
import { db } from "../db/index.ts";
import { loadReviewTarget, type ReviewTarget } from "../review/target.ts";
import { builder } from "./builder.ts";
import { NotFoundError } from "./errors.ts";

/** A GraphQL enum of core's lower-case, hyphenated values: "adequacy-unstated" is ADEQUACY_UNSTATED. */
function upperCaseEnum<const T extends string>(name: string, values: readonly T[], description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value.toUpperCase().replaceAll("-", "_"), { value }])) as Record<string, { value: T }>,
  });
}

export const SeverityEnum = upperCaseEnum("Severity", severities, "How much a finding matters; map.review.rules can change a rule's severity.");
export const FindingStatusEnum = upperCaseEnum("FindingStatus", findingStatuses, "OPEN: not acknowledged. NEW: open, and not there at the last sign-off.");
export const CoverageStatusEnum = upperCaseEnum(
  "CoverageStatus",
  coverageStatuses,
  "How a transfer to a third country is covered: a stated adequacy decision (or the DPF), an adequacy decision the map does not state, an Art. 46 safeguard, an Art. 49 derogation, or nothing.",
);

/** `release: Int` on every review field: a release number, absent for the draft. */
export const releaseArgs = builder.args((t) => ({ release: t.int({ description: "A release number; absent for the draft." }) }));

export async function targetOf(release: number | null | undefined): Promise<ReviewTarget> {
  const target = await loadReviewTarget(db(), release ?? null);
  if (!target) throw new NotFoundError(`There is no release ${release}.`);
  return target;
}
