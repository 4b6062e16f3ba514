import type { Texts } from "./i18n.ts";
import type { MapModel, Transfer } from "./model.ts";
import type { Flow } from "./types.ts";

export type DiagramView = "flows" | "categories";
export type NodeRole = "subject" | "system" | "vendor" | "onward" | "category" | "country";

export interface DiagramNode {
  id: string;
  label: string;
  role: NodeRole;
  column: number;
  /** A country outside the EEA. */
  outside?: boolean;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  /** Names of the data categories, in full. */
  categories: string[];
  transfer?: { countries: string[]; mechanism: string; short: string; bare: boolean };
  flows: Flow[];
}

export interface DiagramGraph {
  columns: string[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const carries = (flow: Flow, category: string) =>
  !category || flow.categories.some((key) => key === category || key.startsWith(`${category}.`));

/** "Standard Contractual Clauses (…)" → "SCC"; one-word names (German compounds) stay whole. */
export function abbreviate(name: string): string {
  const words = name.replace(/\s*\(.*\)\s*/, "").split(/\s+/);
  if (words.join(" ").length <= 18 || words.length < 2) return words.join(" ");
  const capitals = words.filter((word) => /^[A-Z]/.test(word));
  return capitals
    .map((word) => (/^[^a-z]+$/.test(word) ? ` ${word} ` : word[0]))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export function describeTransfer(transfer: Transfer, model: MapModel, texts: Texts): DiagramEdge["transfer"] {
  const { basis } = transfer;
  const mechanism =
    basis.kind === "mechanism"
      ? texts.pick(model.document.labels.mechanisms[basis.key] ?? { en: basis.key })
      : basis.kind === "adequacy"
        ? texts.t("adequacy")
        : texts.t("noSafeguard");
  return { countries: transfer.countries, mechanism, short: abbreviate(mechanism), bare: basis.kind === "none" };
}

/**
 * Subject groups → own systems → vendors → vendors' own sub-processors, one edge per flow. Only
 * active vendors: a disabled or planned one receives nothing now (the table lists them).
 */
export function flowsGraph(model: MapModel, texts: Texts, category: string): DiagramGraph {
  const { labels } = model.document;
  const receiving = (slug: string) => {
    const status = model.node(slug)?.vendor?.status;
    return !status || status === "active";
  };
  const flows = model.flows.filter((flow) => carries(flow, category) && receiving(flow.from) && receiving(flow.to));
  const touched = new Set(flows.flatMap((flow) => [flow.from, flow.to]));
  const onward = (slug: string) => {
    const incoming = model.incoming(slug);
    return incoming.length > 0 && incoming.every((flow) => model.node(flow.from)?.kind === "vendor");
  };
  const nodes: DiagramNode[] = [];
  for (const node of model.nodes.values()) {
    if (!receiving(node.slug) || (category ? !touched.has(node.slug) : node.kind !== "vendor" && !touched.has(node.slug))) continue;
    const role = node.kind === "vendor" && onward(node.slug) ? "onward" : node.kind;
    const column = { subject: 0, system: 1, vendor: 2, onward: 3 }[role];
    nodes.push({ id: node.slug, label: texts.pick(node.name), role, column });
  }
  const edges = flows.map((flow): DiagramEdge => {
    const transfer = model.transfer(flow);
    return {
      id: flow.key,
      from: flow.from,
      to: flow.to,
      categories: flow.categories.map((key) => texts.pick(labels.categories[key] ?? { en: key })),
      ...(transfer ? { transfer: describeTransfer(transfer, model, texts) } : {}),
      flows: [flow],
    };
  });
  const columns = [texts.t("subjects"), texts.t("systems"), texts.t("vendors")];
  if (nodes.some((node) => node.role === "onward")) columns.push(texts.t("onwardVendors"));
  return { columns, nodes, edges };
}

/** Data categories → vendors → destination countries: where one kind of data goes. */
export function categoriesGraph(model: MapModel, texts: Texts, category: string): DiagramGraph {
  const { labels } = model.document;
  const flows = model.flows.filter((flow) => model.node(flow.to)?.vendor?.status === "active");
  const nodes = new Map<string, DiagramNode>();
  const edges = new Map<string, DiagramEdge>();
  const edge = (from: string, to: string, flow: Flow): DiagramEdge => {
    const id = `${from}->${to}`;
    const found = edges.get(id) ?? { id, from, to, categories: [], flows: [] };
    if (!found.flows.includes(flow)) found.flows.push(flow);
    edges.set(id, found);
    return found;
  };
  for (const flow of flows) {
    const vendor = model.node(flow.to);
    if (!vendor) continue;
    const keys = flow.categories.filter((key) => carries({ ...flow, categories: [key] }, category));
    if (!keys.length) continue;
    const vendorId = `vendor:${vendor.slug}`;
    nodes.set(vendorId, { id: vendorId, label: texts.pick(vendor.name), role: "vendor", column: 1 });
    for (const key of keys) {
      const id = `category:${key}`;
      const name = texts.pick(labels.categories[key] ?? { en: key });
      nodes.set(id, { id, label: name, role: "category", column: 0 });
      edge(id, vendorId, flow).categories = [name];
    }
    const transfer = model.transfer(flow);
    for (const code of model.destinations(flow)) {
      const id = `country:${code}`;
      const outside = !model.isEea(code);
      nodes.set(id, { id, label: texts.pick(labels.countries[code]?.name ?? { en: code }), role: "country", column: 2, outside });
      const link = edge(vendorId, id, flow);
      if (transfer?.countries.includes(code) && !link.transfer) {
        link.transfer = describeTransfer({ countries: [code], basis: transfer.basis }, model, texts);
      }
    }
  }
  return { columns: [texts.t("categories"), texts.t("vendors"), texts.t("countries")], nodes: [...nodes.values()], edges: [...edges.values()] };
}
