import type { Flow, SubjectGroup, System, Vendor } from "@datamap/core";
import type { Flow as FlowRow, Node } from "../generated/prisma/client.ts";
import { compact, fromDate, fromEnum, joinText } from "./codec.ts";

/** A row as the map entry it was written from: the inverse of rows.ts. */
function nodeEntry(node: Node) {
  return compact({
    slug: node.slug,
    name: joinText(node.name, node.nameDe) ?? { en: node.slug },
    description: joinText(node.description, node.descriptionDe),
    public: node.public,
    notes: node.notes ?? undefined,
    until: node.until ? fromDate(node.until) : undefined,
  });
}

export function subjectEntry(node: Node): SubjectGroup {
  return compact({ ...nodeEntry(node), category: node.subjectCategory ?? undefined, countries: node.countries }) as SubjectGroup;
}

export function systemEntry(node: Node): System {
  return { ...nodeEntry(node), countries: node.countries } as System;
}

export function vendorEntry(node: Node & { group: { slug: string } | null }): Vendor {
  return compact({
    ...nodeEntry(node),
    legalName: node.legalName ?? undefined,
    website: node.website ?? undefined,
    role: fromEnum(node.role ?? "PROCESSOR"),
    headquarters: node.headquarters ?? undefined,
    processingCountries: node.countries,
    dpa: node.dpaUrl ?? undefined,
    terms: node.termsUrl ?? undefined,
    privacy: node.privacyUrl ?? undefined,
    group: node.group?.slug,
    status: fromEnum(node.status ?? "ACTIVE"),
    since: node.since ? fromDate(node.since) : undefined,
    certifications: node.certifications,
  }) as Vendor;
}

export function flowEntry(flow: FlowRow & { from: { slug: string }; to: { slug: string } }): Flow {
  return compact({
    key: flow.key,
    from: flow.from.slug,
    to: flow.to.slug,
    description: joinText(flow.description, flow.descriptionDe),
    categories: flow.categories,
    purposes: flow.purposes,
    legalBasis: flow.legalBasis ? fromEnum(flow.legalBasis) : undefined,
    specialCategoryCondition: flow.specialCategoryCondition ?? undefined,
    countries: flow.countries,
    mechanisms: flow.mechanisms,
    frequency: flow.frequency ? fromEnum(flow.frequency) : undefined,
    retention: flow.retention ?? undefined,
    public: flow.public,
    notes: flow.notes ?? undefined,
  }) as Flow;
}
