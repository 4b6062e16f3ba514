import type { Texts } from "./i18n.ts";
import { MapModel, unique, type Basis } from "./model.ts";
import type { Vendor } from "./types.ts";

export type GroupBy = "function" | "country" | "none";
export type SortKey = "name" | "purpose" | "categories" | "locations" | "safeguard";
export type Safeguard = Basis | { kind: "eea" } | { kind: "unknown" };

/** One line of the sub-processor table: a vendor that receives data from the company itself. */
export interface VendorRow {
  vendor: Vendor;
  purpose: string;
  categories: string[];
  countries: string[];
  safeguard: Safeguard;
  safeguardText: string;
  onward: Vendor[];
  search: string;
}

export interface RowGroup {
  key: string;
  title: string;
  rows: VendorRow[];
}

export function vendorRows(model: MapModel, texts: Texts): VendorRow[] {
  const { labels } = model.document;
  const direct = (vendor: Vendor) => {
    const incoming = model.incoming(vendor.slug);
    return !incoming.length || incoming.some((flow) => model.node(flow.from)?.kind !== "vendor");
  };
  return model.document.map.vendors
    .filter((vendor) => vendor.status !== "ended" && direct(vendor))
    .map((vendor) => {
      const incoming = model.incoming(vendor.slug);
      const categories = unique(incoming.flatMap((flow) => flow.categories));
      const countries = unique(incoming.length ? incoming.flatMap((flow) => model.destinations(flow)) : vendor.processingCountries);
      const onward = unique(model.outgoing(vendor.slug).flatMap((flow) => model.node(flow.to)?.vendor ?? []));
      const purposes = unique(incoming.flatMap((flow) => flow.purposes)).map((key) => texts.pick(labels.purposes[key] ?? { en: key }));
      const safeguard = safeguardOf(model, countries, incoming.flatMap((flow) => flow.mechanisms), vendor);
      const row = {
        vendor,
        purpose: texts.pick(vendor.description) || texts.list(purposes),
        categories,
        countries,
        safeguard,
        safeguardText: safeguardText(safeguard, model, texts),
        onward,
      };
      const words = [texts.pick(vendor.name), vendor.legalName ?? "", row.purpose, ...purposes, ...categoryNames(row, model, texts), ...countryNames(row, model, texts)];
      return { ...row, search: words.join(" ").toLowerCase() };
    });
}

function safeguardOf(model: MapModel, countries: string[], mechanisms: string[], vendor: Vendor): Safeguard {
  if (!countries.length) return { kind: "unknown" };
  const outside = countries.filter((code) => !model.isEea(code));
  return outside.length ? model.basis(outside, mechanisms, vendor) : { kind: "eea" };
}

function safeguardText(safeguard: Safeguard, model: MapModel, texts: Texts): string {
  switch (safeguard.kind) {
    case "mechanism":
      return texts.pick(model.document.labels.mechanisms[safeguard.key] ?? { en: safeguard.key });
    case "adequacy":
      return texts.t("adequacy");
    case "eea":
      return texts.t("eea");
    case "none":
      return texts.t("noneStated");
    case "unknown":
      return texts.t("notStated");
  }
}

export const categoryNames = (row: Pick<VendorRow, "categories">, model: MapModel, texts: Texts) =>
  row.categories.map((key) => texts.pick(model.document.labels.categories[key] ?? { en: key }));

export const countryNames = (row: Pick<VendorRow, "countries">, model: MapModel, texts: Texts) =>
  row.countries.map((code) => texts.pick(model.document.labels.countries[code]?.name ?? { en: code }));

export interface RowFilter {
  query: string;
  category: string;
  country: string;
}

export function filterRows(rows: VendorRow[], { query, category, country }: RowFilter): VendorRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      words.every((word) => row.search.includes(word)) &&
      (!category || row.categories.some((key) => key === category || key.startsWith(`${category}.`))) &&
      (!country || row.countries.includes(country)),
  );
}

export function sortRows(rows: VendorRow[], key: SortKey, descending: boolean, model: MapModel, texts: Texts): VendorRow[] {
  const text = (row: VendorRow): string => {
    switch (key) {
      case "name":
        return texts.pick(row.vendor.name);
      case "purpose":
        return row.purpose;
      case "categories":
        return categoryNames(row, model, texts).join(", ");
      case "locations":
        return countryNames(row, model, texts).join(", ");
      case "safeguard":
        return row.safeguardText;
    }
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * texts.collator.compare(text(a), text(b)));
}

/**
 * What a long group shows until the reader asks for all of it: its first rows, about a screenful,
 * rather than hundreds of rows to build and lay out. A group up to twice as long shows whole.
 */
export function previewRows(rows: VendorRow[], length: number): VendorRow[] {
  return rows.length > 2 * length ? rows.slice(0, length) : rows;
}

/** Groups in the document's order of function groups (the headings of the old page), or by country. */
export function groupRows(rows: VendorRow[], by: GroupBy, model: MapModel, texts: Texts): RowGroup[] {
  if (by === "none") return [{ key: "", title: "", rows }];
  if (by === "country") {
    const codes = unique(rows.flatMap((row) => row.countries));
    return codes
      .map((code) => ({ key: code, title: countryNames({ countries: [code] }, model, texts)[0] ?? code, rows: rows.filter((row) => row.countries.includes(code)) }))
      .sort((a, b) => texts.collator.compare(a.title, b.title));
  }
  const groups: RowGroup[] = model.document.map.groups.map((group) => ({
    key: group.slug,
    title: texts.pick(group.name),
    rows: rows.filter((row) => row.vendor.group === group.slug),
  }));
  const known = new Set(groups.map((group) => group.key));
  groups.push({ key: "", title: texts.t("other"), rows: rows.filter((row) => !row.vendor.group || !known.has(row.vendor.group)) });
  return groups.filter((group) => group.rows.length);
}
