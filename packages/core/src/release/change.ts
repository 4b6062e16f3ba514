import type { Localized } from "../map/schema.ts";
import type { Json } from "./canonical.ts";

/** The kinds of things a public map lists. */
export type ChangeEntity = "organization" | "group" | "subject" | "system" | "vendor" | "flow";

interface ChangeOf<T extends string> {
  type: T;
  entity: ChangeEntity;
  /** Slug, flow key, or "organization". */
  id: string;
  /** What a reader calls it, from the newer map where it is there; a flow is "From → To". */
  name: Localized;
}

/** Something new on the list; `value` is the whole entry as published. */
export interface Added extends ChangeOf<"added"> {
  value: Json;
}
export type Removed = ChangeOf<"removed">;
/** A vendor whose status became "ended": still listed, no longer receiving data. */
export type Ended = ChangeOf<"ended">;
/** A field with a new value; absent is null. Ranked lists (mechanisms) change as a whole. */
export interface FieldChanged extends ChangeOf<"changed"> {
  field: string;
  before: Json;
  after: Json;
}
/** One entry added to or removed from a set-like list: a country, data category, purpose, certification. */
export interface ItemChanged extends ChangeOf<"item-added" | "item-removed"> {
  field: string;
  item: string;
}

export type Change = Added | Removed | Ended | FieldChanged | ItemChanged;

/**
 * Whether a change waits for the notice period (GDPR Art. 28(2): customers may object before a
 * sub-processor is added) or takes effect when published. Taking something away never waits.
 */
export type ChangeEffect = "notice" | "immediate";

export function changeEffect(change: Change): ChangeEffect {
  return change.type === "removed" || change.type === "ended" || change.type === "item-removed" ? "immediate" : "notice";
}
