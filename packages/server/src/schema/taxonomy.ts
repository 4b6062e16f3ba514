import { taxonomyEntries, taxonomyEntry, type TaxonomyEntry, type TaxonomyKind } from "@datamap/core";
import { builder } from "./builder.ts";
import { localeArgs } from "./enums.ts";

export const TaxonomyKindEnum = builder.enumType("TaxonomyKind", {
  values: {
    DATA_CATEGORY: { value: "category", description: "What data: user.contact.email, user.device.ip_address, …" },
    DATA_USE: { value: "use", description: "Why: marketing.communications.email, essential.service.payment_processing, …" },
    DATA_SUBJECT: { value: "subject", description: "Whose: customer, visitor, job_applicant, …" },
  } as const,
});

type KindedEntry = TaxonomyEntry & { kind: TaxonomyKind };

// One object per key, made on first use: a dashboard page lists the same few categories
// thousands of times.
const kinded: Record<TaxonomyKind, Map<string, KindedEntry>> = { category: new Map(), use: new Map(), subject: new Map() };

function withKind(kind: TaxonomyKind, entry: TaxonomyEntry): KindedEntry {
  let tagged = kinded[kind].get(entry.key);
  if (!tagged) kinded[kind].set(entry.key, (tagged = { ...entry, kind }));
  return tagged;
}

const childrenOf = (entry: KindedEntry) =>
  taxonomyEntries(entry.kind)
    .filter((candidate) => candidate.parent === entry.key)
    .map((child) => withKind(entry.kind, child));

export const TaxonomyEntryRef = builder.objectRef<KindedEntry>("TaxonomyEntry");

TaxonomyEntryRef.implement({
  description: "A key of the fideslang taxonomy (fideslang by Ethyca, CC BY 4.0) or of datamap's extension.",
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.string({
      args: localeArgs,
      resolve: (entry, { locale }) => entry.name[locale] ?? entry.name.en,
    }),
    description: t.exposeString("description"),
    parent: t.exposeString("parent", { nullable: true }),
    deprecated: t.exposeBoolean("deprecated"),
    replacedBy: t.exposeString("replacedBy", { nullable: true }),
    special: t.string({
      nullable: true,
      description: "\"art9\" for special categories (GDPR Art. 9), \"art10\" for criminal-offence data.",
      resolve: (entry) => entry.special ?? null,
    }),
    source: t.exposeString("source", { description: "\"fideslang\" or \"datamap\" (the project's own extension)." }),
    children: t.field({ type: [TaxonomyEntryRef], resolve: childrenOf }),
  }),
});

builder.queryFields((t) => ({
  taxonomy: t.field({
    authScopes: { public: true },
    type: [TaxonomyEntryRef],
    description: "The roots of one taxonomy; follow `children` for the tree.",
    args: {
      kind: t.arg({ type: TaxonomyKindEnum, required: true }),
      includeDeprecated: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_, { kind, includeDeprecated }) =>
      taxonomyEntries(kind)
        .filter((entry) => entry.parent === null && (includeDeprecated || !entry.deprecated))
        .map((entry) => withKind(kind, entry)),
  }),
  taxonomyEntry: t.field({
    authScopes: { public: true },
    type: TaxonomyEntryRef,
    nullable: true,
    args: { kind: t.arg({ type: TaxonomyKindEnum, required: true }), key: t.arg.string({ required: true }) },
    resolve: (_, { kind, key }) => {
      const entry = taxonomyEntry(kind, key);
      return entry ? withKind(kind, entry) : null;
    },
  }),
}));

/** Entries for stored keys; a key the taxonomy does not know is shown by its key. */
export function entriesOf(kind: TaxonomyKind, keys: string[]) {
  return keys.map((key) => {
    const entry = taxonomyEntry(kind, key);
    return entry
      ? withKind(kind, entry)
      : { key, kind, name: { en: key }, description: "", parent: null, deprecated: false, replacedBy: null, special: null, source: "datamap" as const };
  });
}
