import type { Flow, Localized, PublicMapDocument, Vendor } from "./types.ts";

export type NodeKind = "subject" | "system" | "vendor";

export interface MapNode {
  slug: string;
  kind: NodeKind;
  name: Localized;
  description?: Localized | undefined;
  /** Where the node is: subjects' and systems' countries, vendors' processing countries. */
  countries: string[];
  vendor?: Vendor;
}

/** Why data may leave the EEA: the first mechanism a flow names, an adequacy decision, or nothing. */
export type Basis = { kind: "mechanism"; key: string } | { kind: "adequacy" } | { kind: "none" };

export interface Transfer {
  /** Destinations outside the EEA. */
  countries: string[];
  basis: Basis;
}

/** The public document, indexed: nodes by slug and flows by their ends. */
export class MapModel {
  readonly nodes = new Map<string, MapNode>();
  readonly flows: Flow[];
  private readonly into = new Map<string, Flow[]>();
  private readonly outOf = new Map<string, Flow[]>();

  constructor(readonly document: PublicMapDocument) {
    const { map } = document;
    for (const s of map.subjects) this.nodes.set(s.slug, { ...s, kind: "subject" });
    for (const s of map.systems) this.nodes.set(s.slug, { ...s, kind: "system" });
    for (const v of map.vendors) {
      if (v.status !== "ended") this.nodes.set(v.slug, { ...v, kind: "vendor", countries: v.processingCountries, vendor: v });
    }
    this.flows = map.flows.filter((f) => this.nodes.has(f.from) && this.nodes.has(f.to));
    for (const flow of this.flows) {
      append(this.into, flow.to, flow);
      append(this.outOf, flow.from, flow);
    }
  }

  node(slug: string): MapNode | undefined {
    return this.nodes.get(slug);
  }

  incoming(slug: string): readonly Flow[] {
    return this.into.get(slug) ?? [];
  }

  outgoing(slug: string): readonly Flow[] {
    return this.outOf.get(slug) ?? [];
  }

  isEea(code: string): boolean {
    return this.document.labels.countries[code]?.eea ?? false;
  }

  /** A flow's destination countries: its own, else where the recipient processes data. */
  destinations(flow: Flow): string[] {
    return flow.countries.length ? flow.countries : (this.node(flow.to)?.countries ?? []);
  }

  /** Where the flow leaves the EEA, if it does: it starts in the EEA (or nowhere stated) and ends outside. */
  transfer(flow: Flow): Transfer | undefined {
    const origin = this.node(flow.from)?.countries ?? [];
    if (origin.length && !origin.some((code) => this.isEea(code))) return undefined;
    const outside = this.destinations(flow).filter((code) => !this.isEea(code));
    return outside.length ? { countries: outside, basis: this.basis(outside, flow.mechanisms, this.node(flow.to)?.vendor) } : undefined;
  }

  /**
   * The mechanism the company names comes first; otherwise an adequacy decision, if one covers
   * every destination. The US decision covers only organisations certified under the DPF.
   */
  basis(outside: string[], mechanisms: string[], recipient?: Vendor): Basis {
    const [key] = mechanisms;
    if (key) return { kind: "mechanism", key };
    const adequate = (code: string) =>
      Boolean(this.document.labels.countries[code]?.adequacy) && (code !== "US" || Boolean(recipient?.certifications.includes("dpf")));
    return outside.every(adequate) ? { kind: "adequacy" } : { kind: "none" };
  }
}

function append<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Only http(s) links reach an `href`: the document comes from elsewhere. Relative ones resolve against `base`. */
export function safeHref(url: string | undefined, base?: string | URL): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === "https:" || resolved.protocol === "http:" ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
