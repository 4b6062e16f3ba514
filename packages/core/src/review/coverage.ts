import { adequacyFor, country, mechanism, type AdequacyDecision, type CountryCode } from "../reference/index.ts";

/**
 * How a transfer to one country is covered, best first:
 * - "adequacy": a stated adequacy decision (or the DPF) that covers the recipient (Art. 45);
 * - "adequacy-unstated": no stated mechanism applies, but an adequacy decision does;
 * - "safeguard": Standard Contractual Clauses, BCR, a code of conduct or a certification (Art. 46);
 * - "derogation": an Art. 49 derogation, for occasional transfers only;
 * - "none": nothing covers it (Art. 44).
 */
export const coverageStatuses = ["adequacy", "adequacy-unstated", "safeguard", "derogation", "none"] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

export interface Recipient {
  slug: string;
  /** Marked "dpf": certified under the EU–US Data Privacy Framework. */
  dpfCertified: boolean;
}

/**
 * A stated mechanism that does not hold for this destination, and why. "scope": it is made for
 * other countries (the DPF for a flow to India), which a ranked list may well mean; "condition":
 * it is made for this country but a condition fails (no DPF certification, a decision expired).
 */
export interface RejectedMechanism {
  mechanism: string;
  reason: string;
  kind: "scope" | "condition";
}

export interface Coverage {
  country: CountryCode;
  status: CoverageStatus;
  /** The stated mechanism relied on: the first that holds; null when none does. */
  mechanism: string | null;
  /** The adequacy decision that applies to the recipient, stated or not. */
  adequacy: AdequacyDecision | null;
  rejected: RejectedMechanism[];
}

/** `on` (YYYY-MM-DD) checks sunset clauses; without it a decision is taken as in force. */
export function coverage(code: CountryCode, mechanisms: readonly string[], recipient: Recipient, on?: string): Coverage {
  const adequacy = applicableAdequacy(code, recipient, on);
  const rejected: RejectedMechanism[] = [];
  for (const key of mechanisms) {
    const why = whyNot(key, code, recipient, adequacy, on);
    if (why) {
      rejected.push({ mechanism: key, ...why });
      continue;
    }
    const status = key === "adequacy" || key === "dpf" ? "adequacy" : mechanism(key)?.derogation ? "derogation" : "safeguard";
    return { country: code, status, mechanism: key, adequacy, rejected };
  }
  return { country: code, status: adequacy ? "adequacy-unstated" : "none", mechanism: null, adequacy, rejected };
}

function applicableAdequacy(code: CountryCode, recipient: Recipient, on: string | undefined): AdequacyDecision | null {
  const decision = adequacyFor(code);
  if (!decision || (decision.scope === "dpf-certified" && !recipient.dpfCertified)) return null;
  if (on && decision.validUntil && decision.validUntil < on) return null;
  return decision;
}

function whyNot(key: string, code: CountryCode, recipient: Recipient, adequacy: AdequacyDecision | null, on?: string): Omit<RejectedMechanism, "mechanism"> | null {
  const name = country(code)?.name.en ?? code;
  const uncertified = () => `${recipient.slug} is not marked as certified under the Data Privacy Framework ("dpf"), which the US decision requires`;
  if (key === "dpf") {
    if (code !== "US") return { kind: "scope", reason: `the Data Privacy Framework covers transfers to the United States only, not to ${name}` };
    return recipient.dpfCertified ? null : { kind: "condition", reason: uncertified() };
  }
  if (key !== "adequacy" || adequacy) return null;
  const decision = adequacyFor(code);
  if (!decision) return { kind: "scope", reason: `no adequacy decision covers ${name}` };
  if (decision.scope === "dpf-certified") return { kind: "condition", reason: uncertified() };
  return { kind: "condition", reason: `the adequacy decision for ${name} expired on ${decision.validUntil} (checked on ${on})` };
}

/** The weakest coverage of several destinations, for a one-word status of a flow. */
export function weakest(statuses: readonly CoverageStatus[]): CoverageStatus {
  return statuses.reduce<CoverageStatus>((worst, status) => (coverageStatuses.indexOf(status) > coverageStatuses.indexOf(worst) ? status : worst), "adequacy");
}
