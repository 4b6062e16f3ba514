import type { ReviewedFinding, ReviewSummary } from "@datamap/core";
import { db } from "../db/index.ts";
import { reviewed, type ReviewedTarget } from "../review/reviewed.ts";
import { builder } from "./builder.ts";
import { NotFoundError } from "./errors.ts";
import { CoverageStatusEnum, FindingStatusEnum, releaseArgs, SeverityEnum } from "./review-enums.ts";
import { ReviewSignOffRef } from "./review-sign-off.ts";
import "./review-transfers.ts";

const FindingRef = builder.objectRef<ReviewedFinding>("Finding").implement({
  description: "A place where the map breaks a rule, in GDPR's terms.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "Rule id and the nodes/flows involved; the same on every run." }),
    rule: t.exposeString("rule"),
    severity: t.field({ type: SeverityEnum, resolve: (finding) => finding.severity }),
    title: t.exposeString("title"),
    explanation: t.exposeString("explanation"),
    article: t.exposeString("article", { description: "The GDPR article it rests on, e.g. \"Art. 44–46\"." }),
    nodes: t.exposeStringList("nodes", { description: "Slugs of the nodes involved." }),
    flows: t.exposeStringList("flows", { description: "Keys of the flows involved." }),
    hint: t.exposeString("hint", { description: "How to fix it." }),
    status: t.field({ type: FindingStatusEnum, resolve: (finding) => finding.status }),
    justification: t.exposeString("justification", { nullable: true, description: "Why the reviewer accepted it, if acknowledged." }),
  }),
});

const RuleCountRef = builder.objectRef<ReviewSummary["byRule"][number]>("RuleCount").implement({
  fields: (t) => ({ rule: t.exposeString("rule"), severity: t.field({ type: SeverityEnum, resolve: (entry) => entry.severity }), count: t.exposeInt("count") }),
});

type Summary = ReviewedTarget["summary"] & { findings: ReviewedFinding[] };
const count = (summary: Summary, test: (finding: ReviewedFinding) => boolean) => summary.findings.filter(test).length;

const ReviewSummaryRef = builder.objectRef<Summary>("ReviewSummary").implement({
  fields: (t) => ({
    total: t.exposeInt("total"),
    errors: t.int({ resolve: (summary) => summary.bySeverity.error }),
    warnings: t.int({ resolve: (summary) => summary.bySeverity.warning }),
    infos: t.int({ resolve: (summary) => summary.bySeverity.info }),
    openErrors: t.int({ description: "Error-level findings not acknowledged: what fails a CI run.", resolve: (summary) => count(summary, (finding) => finding.severity === "error" && finding.status !== "acknowledged") }),
    new: t.int({ resolve: (summary) => count(summary, (finding) => finding.status === "new") }),
    acknowledged: t.int({ resolve: (summary) => count(summary, (finding) => finding.status === "acknowledged") }),
    resolved: t.exposeStringList("resolved", { description: "Finding ids of the last sign-off that are gone now." }),
    byRule: t.field({ type: [RuleCountRef], resolve: (summary) => summary.byRule }),
    disabledRules: t.exposeStringList("disabledRules"),
    transfers: t.field({
      type: [builder.objectRef<{ status: string; count: number }>("TransferCount").implement({ fields: (f) => ({ status: f.field({ type: CoverageStatusEnum, resolve: (entry) => entry.status as never }), count: f.exposeInt("count") }) })],
      description: "Flows leaving the EEA, by the coverage of their weakest destination.",
      resolve: (summary) => Object.entries(summary.transfers).map(([status, number]) => ({ status, count: number })),
    }),
  }),
});


const ReviewRef = builder.objectRef<ReviewedTarget>("Review").implement({
  description: "The rules run over the draft or a release, against its last sign-off.",
  fields: (t) => ({
    release: t.exposeInt("release", { nullable: true, description: "null: the draft." }),
    snapshotSha256: t.exposeString("snapshotSha256"),
    findings: t.field({
      type: [FindingRef],
      args: { severity: t.arg({ type: [SeverityEnum] }), status: t.arg({ type: [FindingStatusEnum] }), rule: t.arg.stringList() },
      resolve: ({ findings }, args) =>
        findings.filter(
          (finding) => (!args.severity || args.severity.includes(finding.severity)) && (!args.status || args.status.includes(finding.status)) && (!args.rule || args.rule.includes(finding.rule)),
        ),
    }),
    summary: t.field({ type: ReviewSummaryRef, resolve: (result) => ({ ...result.summary, findings: result.findings }) }),
    signOff: t.field({ type: ReviewSignOffRef, nullable: true, description: "The last sign-off of this draft or release.", resolve: (result) => result.signOff && { ...result.signOff, currentSha256: result.snapshotSha256 } }),
  }),
});

builder.queryField("review", (t) =>
  t.field({ type: ReviewRef, authScopes: { reader: true }, args: releaseArgs, resolve: async (_parent, { release }) => {
    const result = await reviewed(db(), release ?? null);
    if (!result) throw new NotFoundError(`There is no release ${release}.`);
    return result;
  } }),
);
