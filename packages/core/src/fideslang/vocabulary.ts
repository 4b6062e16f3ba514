import type { LegalBasis, VendorRole } from "../map/vocabulary.ts";

/** GDPR Art. 6(1) in fideslang's words (`LegalBasisForProcessingEnum`). */
export const fidesLegalBases: Record<LegalBasis, string> = {
  consent: "Consent",
  contract: "Contract",
  "legal-obligation": "Legal obligations",
  "vital-interests": "Vital interests",
  "public-task": "Public interest",
  "legitimate-interests": "Legitimate interests",
};

/** GDPR Art. 9(2)(a)–(j) in fideslang's words (`SpecialCategoryLegalBasisEnum`); datamap writes "art9-2-a". */
const specialCategoryBases = [
  "Explicit consent",
  "Employment, social security and social protection",
  "Vital interests",
  "Not-for-profit bodies",
  "Made public by the data subject",
  "Legal claims or judicial acts",
  "Reasons of substantial public interest (with a basis in law)",
  "Health or social care (with a basis in law)",
  "Public health (with a basis in law)",
  "Archiving, research and statistics (with a basis in law)",
] as const;

export function fidesSpecialBasis(condition: string | undefined): string | undefined {
  const letter = /^art9-2-([a-j])$/.exec(condition ?? "")?.[1];
  return letter ? specialCategoryBases[letter.charCodeAt(0) - 97] : undefined;
}

export function conditionOf(basis: string): string | undefined {
  const index = specialCategoryBases.indexOf(basis as (typeof specialCategoryBases)[number]);
  return index < 0 ? undefined : `art9-2-${String.fromCharCode(97 + index)}`;
}

/** fideslang's `DataResponsibilityTitle`; a joint controller is a Controller with `joint_controller_info`. */
export const fidesResponsibility: Record<VendorRole, string> = {
  processor: "Processor",
  "sub-processor": "Sub-Processor",
  "independent-controller": "Controller",
  "joint-controller": "Controller",
};

export function roleOf(responsibility: readonly string[], jointControllerInfo: string | null | undefined): VendorRole {
  if (responsibility.includes("Sub-Processor")) return "sub-processor";
  if (responsibility.includes("Processor")) return "processor";
  if (responsibility.includes("Controller")) return jointControllerInfo ? "joint-controller" : "independent-controller";
  return "processor";
}

/** fideslang's `LegalBasisForTransfersEnum`: coarser than datamap's mechanisms, so it is written, never read. */
export function fidesTransferBasis(mechanism: string): string {
  if (mechanism === "adequacy" || mechanism === "dpf") return "Adequacy Decision";
  if (mechanism.startsWith("scc-")) return "SCCs";
  if (mechanism === "bcr") return "BCRs";
  return "Other";
}

/** A system run by someone else: fideslang's "Third Party" (the type datamap writes for vendors), or one with a vendor id. */
export const vendorSystemType = "Third Party";
export const ownSystemType = "Service";
export const isVendorSystem = (systemType: string, vendorId: string | null | undefined) =>
  /^(third[ _-]?party|vendor)$/i.test(systemType.trim()) || !!vendorId;

/** fideslang's pseudo-resource for the people using a system. */
export const fidesUser = "user";
