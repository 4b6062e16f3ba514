import type { FidesDeclaration, FidesSystem } from "./schema.ts";
import { canonicalJson } from "../release/canonical.ts";
import { conditionOf, fidesLegalBases, fidesUser } from "./vocabulary.ts";

/** A flow as a data-map file would write it, before validation. */
export interface FlowInput {
  key: string;
  from: string;
  to: string;
  description?: string;
  categories: string[];
  purposes: string[];
  legalBasis?: string;
  retention?: string;
  specialCategoryCondition?: string;
}

interface Draft {
  from: string;
  to: string;
  origin: string;
  /** What makes two declarations on one edge the same flow; they differ only in their data use. */
  body: Omit<FlowInput, "key" | "from" | "to" | "purposes">;
  use?: string;
}

export interface FlowContext {
  /** fides_key → slug of every system in the document. */
  slugOf: ReadonlyMap<string, string>;
  /** data-subject key → slug of its subject group. */
  subjectSlug(key: string): string;
  warn(path: string, message: string): void;
}

const legalBasisOf = (basis: string | null | undefined) => Object.entries(fidesLegalBases).find(([, words]) => words === basis)?.[0];

function declarationBody(declaration: FidesDeclaration, path: string, ctx: FlowContext): Draft["body"] {
  const legalBasis = legalBasisOf(declaration.legal_basis_for_processing);
  if (declaration.legal_basis_for_processing && !legalBasis) ctx.warn(`${path}.legal_basis_for_processing`, `"${declaration.legal_basis_for_processing}" is not a fideslang legal basis; not kept`);
  const condition = declaration.special_category_legal_basis ? conditionOf(declaration.special_category_legal_basis) : undefined;
  if (declaration.special_category_legal_basis && !condition) ctx.warn(`${path}.special_category_legal_basis`, `"${declaration.special_category_legal_basis}" is not an Art. 9(2) basis fideslang names; not kept`);
  return {
    description: declaration.name ?? undefined,
    categories: declaration.data_categories,
    legalBasis,
    retention: declaration.retention_period ?? undefined,
    specialCategoryCondition: condition,
  };
}

/** The edges a declaration of `system` speaks about: its ingress and egress, or else its data subjects. */
function declarationDrafts(system: FidesSystem, index: number, ctx: FlowContext): Draft[] {
  const self = ctx.slugOf.get(system.fides_key)!;
  return system.privacy_declarations.flatMap((declaration, position) => {
    const path = `system[${index}].privacy_declarations[${position}]`;
    const body = declarationBody(declaration, path, ctx);
    const other = (key: string, field: string) => {
      const slug = ctx.slugOf.get(key);
      if (!slug) ctx.warn(`${path}.${field}`, `"${key}" is not a system in this document; that flow is not kept`);
      return slug;
    };
    const fromUsers = () => declaration.data_subjects.map((subject) => ({ from: ctx.subjectSlug(subject), to: self }));
    const ingress = declaration.ingress ?? [];
    const egress = declaration.egress ?? [];
    if (ingress.some((key) => key !== fidesUser) && declaration.data_subjects.length > 0 && !ingress.includes(fidesUser)) {
      ctx.warn(`${path}.data_subjects`, "data subjects of data that comes from another system are not kept; datamap finds them upstream");
    }
    const edges = [
      ...ingress.flatMap((key) => (key === fidesUser ? fromUsers() : [other(key, "ingress")].flatMap((from) => (from ? [{ from, to: self }] : [])))),
      ...egress.flatMap((key) => [other(key, "egress")].flatMap((to) => (to ? [{ from: self, to }] : []))),
      ...(ingress.length === 0 && egress.length === 0 ? fromUsers() : []),
    ];
    if (edges.length === 0) ctx.warn(path, "a declaration with no data subjects, ingress or egress names no flow; not kept");
    return edges.map((edge) => ({ ...edge, origin: path, body, use: declaration.data_use }));
  });
}

/** System-level egress and ingress between systems that no declaration explains: flows without purposes. */
function dataFlowDrafts(system: FidesSystem, index: number, ctx: FlowContext): Draft[] {
  const self = ctx.slugOf.get(system.fides_key)!;
  return (["egress", "ingress"] as const).flatMap((direction) =>
    (system[direction] ?? []).flatMap((flow, position): Draft[] => {
      const path = `system[${index}].${direction}[${position}]`;
      if (flow.type !== "system") {
        if (flow.type !== fidesUser) ctx.warn(path, `a data flow with a ${flow.type} is not kept; datamap maps systems and vendors`);
        return [];
      }
      const other = ctx.slugOf.get(flow.fides_key);
      if (!other) return ctx.warn(`${path}.fides_key`, `"${flow.fides_key}" is not a system in this document; not kept`), [];
      const [from, to] = direction === "egress" ? [self, other] : [other, self];
      return [{ from, to, origin: path, body: { categories: flow.data_categories ?? [] } }];
    }),
  );
}

/**
 * One flow per edge and per group of declarations that differ only in their data use; their
 * uses become the flow's purposes. Keys are "from->to", then "from->to:2", … in document order.
 */
export function flowsOf(systems: readonly FidesSystem[], ctx: FlowContext): { flows: FlowInput[]; origins: string[] } {
  const declared = systems.flatMap((system, index) => declarationDrafts(system, index, ctx));
  const edgesDeclared = new Set(declared.map((draft) => `${draft.from}\n${draft.to}`));
  // An edge both ends list (A's egress, B's ingress) is one flow, with the categories of both.
  const undeclared = new Map<string, Draft>();
  for (const draft of systems.flatMap((system, index) => dataFlowDrafts(system, index, ctx))) {
    const edge = `${draft.from}\n${draft.to}`;
    if (edgesDeclared.has(edge)) continue;
    const seen = undeclared.get(edge);
    if (seen) seen.body.categories = [...new Set([...(seen.body.categories ?? []), ...(draft.body.categories ?? [])])];
    else undeclared.set(edge, draft);
  }
  const groups = new Map<string, { flow: FlowInput; origin: string }>();
  const perEdge = new Map<string, number>();
  for (const draft of [...declared, ...undeclared.values()]) {
    const identity = canonicalJson([draft.from, draft.to, draft.body]);
    let group = groups.get(identity);
    if (!group) {
      const edge = `${draft.from}->${draft.to}`;
      const count = (perEdge.get(edge) ?? 0) + 1;
      perEdge.set(edge, count);
      group = { flow: { key: count === 1 ? edge : `${edge}:${count}`, from: draft.from, to: draft.to, ...draft.body, purposes: [] }, origin: draft.origin };
      groups.set(identity, group);
    }
    if (draft.use && !group.flow.purposes.includes(draft.use)) group.flow.purposes.push(draft.use);
  }
  const merged = [...groups.values()];
  return { flows: merged.map((group) => group.flow), origins: merged.map((group) => group.origin) };
}
