import type { Flow } from "../map/schema.ts";
import type { Coverage } from "./coverage.ts";
import type { ReviewGraph } from "./graph.ts";
import type { Transfer } from "./transfers.ts";

export const severities = ["error", "warning", "info"] as const;
export type Severity = (typeof severities)[number];

/** One place where the map breaks a rule, in GDPR's own terms. */
export interface Finding {
  /** Rule id and the nodes/flows involved, e.g. "transfer-without-safeguard:platform->mailer@US"; stable across runs. */
  id: string;
  rule: string;
  severity: Severity;
  title: string;
  explanation: string;
  /** e.g. "Art. 44–46" (of the GDPR) */
  article: string;
  /** Slugs of the nodes involved. */
  nodes: string[];
  /** Keys of the flows involved. */
  flows: string[];
  hint: string;
}

/** What a rule reports; the review adds id, severity, article and defaults. */
export interface RuleHit {
  /** What makes the id unique within the rule: a slug, a flow key, "flowKey@US". */
  subject: string;
  explanation: string;
  nodes: string[];
  flows: string[];
  /** Overrides the rule's own hint where the fix depends on the case. */
  hint?: string;
}

/**
 * A rule looks at the whole graph (`check`), at one flow (`checkFlow`) or at one destination of a
 * transfer (`checkDestination`). The review asks all the rules of one flow, or of one destination,
 * in a single walk, as a large map has 100,000s of them.
 */
export type Rule = {
  id: string;
  severity: Severity;
  article: string;
  title: string;
  hint: string;
} & (
  | {
      /** Calls `report` once per finding; a callback rather than a generator, as large maps have 100,000s. */
      check(graph: ReviewGraph, report: (hit: RuleHit) => void): void;
    }
  | { checkFlow(graph: ReviewGraph, flow: Flow): RuleHit | undefined }
  | { checkDestination(graph: ReviewGraph, transfer: Transfer, destination: Coverage): RuleHit | undefined }
);
