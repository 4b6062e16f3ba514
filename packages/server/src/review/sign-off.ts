import { review } from "@datamap/core";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../releases/records.ts";
import { loadReviewTarget } from "./target.ts";

/** Who signs off. The GraphQL mutation passes the signed-in actor; its publisher scope guards it. */
export interface Reviewer {
  name: string;
  role: string;
}

export interface Acknowledgement {
  findingId: string;
  justification: string;
}

/** A sign-off the caller cannot make as asked: a finding that is not there, an empty reason, no such release. */
export class SignOffError extends Error {
  override name = "SignOffError";
}

const withAcknowledgements = { acknowledgements: { orderBy: { findingId: "asc" } } } satisfies Prisma.ReviewSignOffInclude;
export type SignOffRow = Prisma.ReviewSignOffGetPayload<{ include: typeof withAcknowledgements }>;

export function latestSignOff(tx: Tx, release: number | null): Promise<SignOffRow | null> {
  return tx.reviewSignOff.findFirst({ where: { releaseNumber: release }, orderBy: [{ signedAt: "desc" }, { id: "desc" }], include: withAcknowledgements });
}

/**
 * Records a review of the draft or a release as it is now: the snapshot's hash, every open finding,
 * and the acknowledged ones with their reasons. With `carryOver`, the last sign-off's reasons stay
 * for findings that are still there and not acknowledged anew.
 */
export async function signOff(
  prisma: PrismaClient,
  options: {
    reviewer: Reviewer;
    release?: number | null;
    acknowledgements?: Acknowledgement[];
    carryOver?: boolean;
    /** Runs in the same transaction, e.g. to write the audit log. */
    onSignedOff?: (tx: Prisma.TransactionClient, row: SignOffRow) => Promise<void>;
  },
): Promise<SignOffRow> {
  const { reviewer, release = null, acknowledgements = [], carryOver = true, onSignedOff } = options;
  return prisma.$transaction(async (tx) => {
    const target = await loadReviewTarget(tx, release);
    if (!target) throw new SignOffError(`There is no release ${release}.`);
    const findingIds = review(target.map).findings.map((finding) => finding.id);
    const present = new Set(findingIds);
    const unknown = acknowledgements.filter((entry) => !present.has(entry.findingId)).map((entry) => entry.findingId);
    if (unknown.length > 0) throw new SignOffError(`No such finding in this review: ${unknown.join(", ")}.`);
    const blank = acknowledgements.filter((entry) => entry.justification.trim() === "").map((entry) => entry.findingId);
    if (blank.length > 0) throw new SignOffError(`An acknowledgement needs a written justification: ${blank.join(", ")}.`);

    const given = new Map(acknowledgements.map((entry) => [entry.findingId, entry.justification.trim()]));
    const previous = carryOver ? await latestSignOff(tx, release) : null;
    for (const entry of previous?.acknowledgements ?? []) {
      if (present.has(entry.findingId) && !given.has(entry.findingId)) given.set(entry.findingId, entry.justification);
    }
    const row = await tx.reviewSignOff.create({
      data: {
        releaseNumber: release,
        reviewerName: reviewer.name,
        reviewerRole: reviewer.role,
        snapshotSha256: target.snapshotSha256,
        findingIds,
        acknowledgements: { create: [...given].map(([findingId, justification]) => ({ findingId, justification })) },
      },
      include: withAcknowledgements,
    });
    await onSignedOff?.(tx, row);
    return row;
  });
}
