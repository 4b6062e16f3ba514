import type { Localized } from "./types.ts";

export type Locale = "en" | "de";

const en = {
  caption: "Sub-processors of {org}",
  captionPlain: "Sub-processors",
  count: "{n} of {total} vendors shown",
  search: "Search",
  searchHint: "Name, purpose, data, country",
  category: "Data category",
  country: "Country",
  allCategories: "All data categories",
  allCountries: "All countries",
  reset: "Reset",
  colName: "Vendor",
  colPurpose: "Purpose",
  colCategories: "Data categories",
  colLocations: "Processing locations",
  colSafeguard: "Transfer safeguard",
  colDpa: "DPA",
  dpa: "Data processing agreement",
  release: "Release {n}",
  updated: "Last updated {date}",
  upcoming: "Upcoming changes",
  effective: "Release {n} takes effect on {date}. You can object until then.",
  feeds: "Follow changes:",
  eea: "Within the EEA",
  adequacy: "Adequacy decision",
  noneStated: "None stated",
  notStated: "Not stated",
  disabled: "Currently disabled",
  planned: "Planned",
  former: "No longer used: {list}.",
  onward: "Passes data on to {list}",
  noMatch: "No vendor matches your search.",
  showAll: "Show all {n} vendors",
  loading: "Loading…",
  error: "The list could not be loaded.",
  other: "Other",
  diagram: "Data flows of {org}",
  diagramPlain: "Data flows",
  subjects: "Whose data",
  systems: "Our systems",
  vendors: "Vendors",
  onwardVendors: "Their sub-processors",
  categories: "Data categories",
  countries: "Countries",
  viewFlows: "By system",
  viewCategories: "By data category",
  view: "View",
  only: "Show only",
  allData: "All data",
  legend: "Legend",
  inEea: "No transfer out of the EEA",
  leaves: "Leaves the EEA, with its safeguard",
  leavesBare: "Leaves the EEA, no safeguard stated",
  noSafeguard: "no safeguard",
  download: "Download SVG",
  flowList: "All flows as a list",
  noFlows: "No flow carries this data category.",
  close: "Close",
  receives: "Receives",
  sends: "Sends",
  headquarters: "Headquarters",
  role: "Role",
  processor: "Processor",
  "sub-processor": "Sub-processor",
  "independent-controller": "Independent controller",
  "joint-controller": "Joint controller",
};

export type Message = keyof typeof en;

const de: Record<Message, string> = {
  caption: "Unterauftragsverarbeiter von {org}",
  captionPlain: "Unterauftragsverarbeiter",
  count: "{n} von {total} Dienstleistern angezeigt",
  search: "Suche",
  searchHint: "Name, Zweck, Daten, Land",
  category: "Datenkategorie",
  country: "Land",
  allCategories: "Alle Datenkategorien",
  allCountries: "Alle Länder",
  reset: "Zurücksetzen",
  colName: "Dienstleister",
  colPurpose: "Zweck",
  colCategories: "Datenkategorien",
  colLocations: "Verarbeitungsorte",
  colSafeguard: "Garantie für Übermittlung",
  colDpa: "AVV",
  dpa: "Auftragsverarbeitungsvertrag",
  release: "Version {n}",
  updated: "Zuletzt aktualisiert am {date}",
  upcoming: "Anstehende Änderungen",
  effective: "Version {n} gilt ab dem {date}. Bis dahin können Sie widersprechen.",
  feeds: "Änderungen abonnieren:",
  eea: "Innerhalb des EWR",
  adequacy: "Angemessenheitsbeschluss",
  noneStated: "Keine angegeben",
  notStated: "Nicht angegeben",
  disabled: "Derzeit deaktiviert",
  planned: "Geplant",
  former: "Nicht mehr im Einsatz: {list}.",
  onward: "Gibt Daten weiter an {list}",
  noMatch: "Kein Dienstleister passt zur Suche.",
  showAll: "Alle {n} Dienstleister anzeigen",
  loading: "Wird geladen…",
  error: "Die Liste konnte nicht geladen werden.",
  other: "Sonstige",
  diagram: "Datenflüsse von {org}",
  diagramPlain: "Datenflüsse",
  subjects: "Betroffene",
  systems: "Unsere Systeme",
  vendors: "Dienstleister",
  onwardVendors: "Deren Unterauftragsverarbeiter",
  categories: "Datenkategorien",
  countries: "Länder",
  viewFlows: "Nach System",
  viewCategories: "Nach Datenkategorie",
  view: "Ansicht",
  only: "Nur anzeigen",
  allData: "Alle Daten",
  legend: "Legende",
  inEea: "Keine Übermittlung aus dem EWR",
  leaves: "Verlässt den EWR, mit Garantie",
  leavesBare: "Verlässt den EWR, keine Garantie angegeben",
  noSafeguard: "keine Garantie",
  download: "Als SVG herunterladen",
  flowList: "Alle Datenflüsse als Liste",
  noFlows: "Kein Datenfluss enthält diese Datenkategorie.",
  close: "Schließen",
  receives: "Empfängt",
  sends: "Sendet",
  headquarters: "Hauptsitz",
  role: "Rolle",
  processor: "Auftragsverarbeiter",
  "sub-processor": "Unterauftragsverarbeiter",
  "independent-controller": "Eigenständig Verantwortlicher",
  "joint-controller": "Gemeinsam Verantwortlicher",
};

/**
 * The element's `locale` attribute, else `<html lang>`: German texts for any `de-*`, English
 * otherwise. Dates follow the tag's region; without one, British English (day month year).
 */
export function resolveLocale(attribute: string | undefined): Texts {
  const tag = attribute || document.documentElement.lang || "en";
  const locale: Locale = tag.toLowerCase().startsWith("de") ? "de" : "en";
  const region = tag.includes("-") && Intl.DateTimeFormat.supportedLocalesOf(tag).length ? tag : { en: "en-GB", de: "de-DE" }[locale];
  return new Texts(locale, region);
}

export class Texts {
  private readonly lists: Intl.ListFormat;
  private readonly dates: Intl.DateTimeFormat;
  readonly collator: Intl.Collator;

  constructor(
    readonly locale: Locale,
    tag: string = locale,
  ) {
    this.lists = new Intl.ListFormat(tag, { type: "conjunction" });
    this.dates = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
    this.collator = new Intl.Collator(tag, { sensitivity: "base", numeric: true });
  }

  t(key: Message, vars: Record<string, string | number> = {}): string {
    const text = (this.locale === "de" ? de : en)[key];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
  }

  pick(text: Localized | undefined): string {
    return text ? (this.locale === "de" && text.de) || text.en : "";
  }

  list(items: string[]): string {
    return this.lists.format(items);
  }

  date(iso: string): string {
    return this.dates.format(new Date(iso));
  }
}
