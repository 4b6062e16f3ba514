import { changeEffect, describeChange, type Change } from "@datamap/core";
import { builder } from "./builder.ts";
import { localeArgs } from "./enums.ts";

const ChangeTypeEnum = builder.enumType("ChangeType", {
  values: {
    ADDED: { value: "added" },
    REMOVED: { value: "removed" },
    ENDED: { value: "ended", description: "A vendor's status became ENDED: still listed, no longer receiving data." },
    CHANGED: { value: "changed", description: "A field has a new value (`before` → `after`)." },
    ITEM_ADDED: { value: "item-added", description: "An entry (`item`) was added to a list field: a country, data category, purpose, certification." },
    ITEM_REMOVED: { value: "item-removed" },
  } as const,
});

const ChangeEntityEnum = builder.enumType("ChangeEntity", {
  values: {
    ORGANIZATION: { value: "organization" },
    GROUP: { value: "group" },
    SUBJECT: { value: "subject" },
    SYSTEM: { value: "system" },
    VENDOR: { value: "vendor" },
    FLOW: { value: "flow" },
  } as const,
});

const ChangeEffectEnum = builder.enumType("ChangeEffect", {
  description: "NOTICE: takes effect at the release's effectiveAt. IMMEDIATE: a removal, in effect since publication.",
  values: { NOTICE: { value: "notice" }, IMMEDIATE: { value: "immediate" } } as const,
});

/** One entry of a release's structured diff. */
export const ChangeRef = builder.objectRef<Change>("Change").implement({
  description: "One difference between two public maps.",
  fields: (t) => ({
    type: t.field({ type: ChangeTypeEnum, resolve: (change) => change.type }),
    entity: t.field({ type: ChangeEntityEnum, resolve: (change) => change.entity }),
    id: t.exposeString("id", { description: "The slug, the flow key, or \"organization\"." }),
    name: t.string({ args: localeArgs, resolve: (change, { locale }) => (locale === "de" ? (change.name.de ?? change.name.en) : change.name.en) }),
    field: t.string({ nullable: true, resolve: (change) => ("field" in change ? change.field : null) }),
    item: t.string({ nullable: true, description: "The list entry added or removed: a country code, taxonomy key, ...", resolve: (change) => ("item" in change ? change.item : null) }),
    before: t.field({ type: "JSON", nullable: true, resolve: (change) => (change.type === "changed" ? change.before : null) }),
    after: t.field({ type: "JSON", nullable: true, resolve: (change) => (change.type === "changed" ? change.after : null) }),
    value: t.field({ type: "JSON", nullable: true, description: "The whole entry, for ADDED.", resolve: (change) => (change.type === "added" ? change.value : null) }),
    effect: t.field({ type: ChangeEffectEnum, resolve: (change) => changeEffect(change) }),
    text: t.string({ args: localeArgs, description: "One line a reader understands.", resolve: (change, { locale }) => describeChange(change)[locale] }),
  }),
});
