import { recordAudit } from "../audit/record.ts";
import { db } from "../db/index.ts";
import { signOff, SignOffError, type SignOffRow } from "../review/sign-off.ts";
import { builder } from "./builder.ts";
import { BadUserInputError } from "./errors.ts";
import { releaseArgs } from "./review-enums.ts";

export const ReviewSignOffRef = builder.objectRef<SignOffRow & { currentSha256: string | null }>("ReviewSignOff").implement({
  fields: (t) => ({
    id: t.exposeInt("id"),
    release: t.exposeInt("releaseNumber", { nullable: true, description: "null: the draft." }),
    reviewerName: t.exposeString("reviewerName"),
    reviewerRole: t.exposeString("reviewerRole"),
    signedAt: t.expose("signedAt", { type: "DateTime" }),
    snapshotSha256: t.exposeString("snapshotSha256"),
    current: t.boolean({ description: "The reviewed snapshot is unchanged since.", resolve: (row) => row.snapshotSha256 === row.currentSha256 }),
    acknowledgements: t.field({
      type: [builder.objectRef<{ findingId: string; justification: string }>("FindingAcknowledgement").implement({ fields: (f) => ({ findingId: f.exposeString("findingId"), justification: f.exposeString("justification") }) })],
      resolve: (row) => row.acknowledgements,
    }),
  }),
});

const AcknowledgementInput = builder.inputType("FindingAcknowledgementInput", {
  fields: (t) => ({ findingId: t.string({ required: true }), justification: t.string({ required: true, description: "Why the finding is accepted; required in writing." }) }),
});

builder.mutationField("signOffReview", (t) =>
  t.field({
    type: ReviewSignOffRef,
    authScopes: { publisher: true },
    description: "Records a review of the draft or a release as it is now, with acknowledged findings. Earlier reasons carry over unless carryOver is false.",
    args: {
      ...releaseArgs,
      acknowledgements: t.arg({ type: [AcknowledgementInput], defaultValue: [] }),
      carryOver: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (_parent, { release, acknowledgements, carryOver }, ctx) => {
      const reviewer = ctx.actor ?? { name: "anonymous", role: "READER" };
      try {
        const row = await signOff(db(), {
          reviewer,
          release: release ?? null,
          acknowledgements: acknowledgements ?? [],
          carryOver: carryOver ?? true,
          onSignedOff: (tx, signed) => recordAudit(tx, ctx, { entity: "review", key: release ? `release-${release}` : "draft", action: "sign-off", before: null, after: { id: signed.id, sha256: signed.snapshotSha256, acknowledged: signed.acknowledgements.length } }),
        });
        return { ...row, currentSha256: row.snapshotSha256 };
      } catch (error) {
        if (error instanceof SignOffError) throw new BadUserInputError(error.message);
        throw error;
      }
    },
  }),
);
