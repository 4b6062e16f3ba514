import type { Flow, SubjectGroup, System, Vendor } from "@datamap/core";
import type { Frequency, LegalBasis, Prisma, VendorRole, VendorStatus } from "../generated/prisma/client.ts";
import { splitText, toDate, toEnum } from "./codec.ts";

/** A map entry as the columns of its row. */
export function nodeFields(node: SubjectGroup | System | Vendor) {
  const name = splitText(node.name);
  const description = splitText(node.description);
  return {
    slug: node.slug,
    name: name.en ?? node.slug,
    nameDe: name.de,
    description: description.en,
    descriptionDe: description.de,
    public: node.public,
    notes: node.notes ?? null,
    countries: "processingCountries" in node ? node.processingCountries : node.countries,
    until: node.until ? toDate(node.until) : null,
  };
}

export function vendorFields(vendor: Vendor, groupIds: Map<string, number>): Prisma.NodeCreateManyInput {
  return {
    ...nodeFields(vendor),
    kind: "VENDOR",
    legalName: vendor.legalName ?? null,
    website: vendor.website ?? null,
    role: toEnum<VendorRole>(vendor.role),
    headquarters: vendor.headquarters ?? null,
    dpaUrl: vendor.dpa ?? null,
    termsUrl: vendor.terms ?? null,
    privacyUrl: vendor.privacy ?? null,
    groupId: vendor.group ? (groupIds.get(vendor.group) ?? null) : null,
    status: toEnum<VendorStatus>(vendor.status),
    since: vendor.since ? toDate(vendor.since) : null,
    certifications: vendor.certifications,
  };
}

export function flowFields(flow: Flow, nodeIds: Map<string, number>): Prisma.FlowCreateManyInput {
  const description = splitText(flow.description);
  const id = (slug: string) => {
    const found = nodeIds.get(slug);
    if (found === undefined) throw new Error(`Flow ${flow.key} names an unknown node "${slug}".`);
    return found;
  };
  return {
    key: flow.key,
    fromId: id(flow.from),
    toId: id(flow.to),
    description: description.en,
    descriptionDe: description.de,
    categories: flow.categories,
    purposes: flow.purposes,
    legalBasis: flow.legalBasis ? toEnum<LegalBasis>(flow.legalBasis) : null,
    specialCategoryCondition: flow.specialCategoryCondition ?? null,
    countries: flow.countries,
    mechanisms: flow.mechanisms,
    frequency: flow.frequency ? toEnum<Frequency>(flow.frequency) : null,
    retention: flow.retention ?? null,
    public: flow.public,
    notes: flow.notes ?? null,
  };
}

