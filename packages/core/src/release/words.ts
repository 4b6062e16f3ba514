/** English and German words for the change list. A missing German word falls back to English. */
export type Words = Record<string, readonly [en: string, de: string]>;

export const entityWords: Words = {
  organization: ["Organization", "Organisation"],
  group: ["Group", "Gruppe"],
  subject: ["Data subjects", "Betroffene"],
  system: ["System", "System"],
  vendor: ["Vendor", "Dienstleister"],
  flow: ["Data flow", "Datenfluss"],
};

/** One entry of a set-like list: "processing country added: Ireland". */
export const itemWords: Words = {
  processingCountries: ["processing country", "Verarbeitungsland"],
  countries: ["country", "Land"],
  certifications: ["certification", "Zertifizierung"],
  categories: ["data category", "Datenkategorie"],
  purposes: ["purpose", "Zweck"],
};

export const fieldWords: Words = {
  name: ["name", "Name"],
  description: ["description", "Beschreibung"],
  legalName: ["legal name", "Firmierung"],
  website: ["website", "Website"],
  role: ["role", "Rolle"],
  headquarters: ["headquarters", "Hauptsitz"],
  country: ["country", "Land"],
  dpa: ["data-processing agreement", "Auftragsverarbeitungsvertrag"],
  terms: ["terms", "AGB"],
  privacy: ["privacy policy", "Datenschutzerklärung"],
  group: ["group", "Gruppe"],
  status: ["status", "Status"],
  since: ["since", "seit"],
  until: ["until", "bis"],
  category: ["category", "Kategorie"],
  from: ["from", "von"],
  to: ["to", "an"],
  legalBasis: ["legal basis", "Rechtsgrundlage"],
  specialCategoryCondition: ["condition for special categories", "Bedingung für besondere Kategorien"],
  mechanisms: ["transfer mechanisms", "Übermittlungsgrundlagen"],
  frequency: ["frequency", "Häufigkeit"],
  retention: ["retention", "Speicherdauer"],
  public: ["public", "öffentlich"],
  notes: ["notes", "Notizen"],
};

/** The closed vocabularies' values, e.g. role "sub-processor". */
export const valueWords: Words = {
  processor: ["processor", "Auftragsverarbeiter"],
  "sub-processor": ["sub-processor", "Unterauftragsverarbeiter"],
  "independent-controller": ["independent controller", "eigenständig Verantwortlicher"],
  "joint-controller": ["joint controller", "gemeinsam Verantwortlicher"],
  active: ["active", "aktiv"],
  planned: ["planned", "geplant"],
  "disabled-but-listed": ["disabled but listed", "deaktiviert, aber gelistet"],
  ended: ["ended", "beendet"],
  continuous: ["continuous", "laufend"],
  occasional: ["occasional", "gelegentlich"],
  consent: ["consent", "Einwilligung"],
  contract: ["contract", "Vertrag"],
  "legal-obligation": ["legal obligation", "rechtliche Verpflichtung"],
  "vital-interests": ["vital interests", "lebenswichtige Interessen"],
  "public-task": ["public task", "öffentliche Aufgabe"],
  "legitimate-interests": ["legitimate interests", "berechtigte Interessen"],
  dpf: ["EU–US Data Privacy Framework", "EU-US Data Privacy Framework"],
  "iso-27001": ["ISO 27001", "ISO 27001"],
  "soc-2": ["SOC 2", "SOC 2"],
};

export const sentenceWords = {
  added: ["added", "hinzugefügt"],
  removed: ["removed", "entfernt"],
  ended: ["ended", "beendet"],
  changed: ["changed from {before} to {after}", "geändert von {before} zu {after}"],
  set: ["set to {after}", "gesetzt auf {after}"],
  cleared: ["removed (was {before})", "entfernt (war {before})"],
  yes: ["yes", "ja"],
  no: ["no", "nein"],
  none: ["none", "keine"],
} as const satisfies Words;
