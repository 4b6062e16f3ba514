import type { Localized } from "@datamap/core";

/** File vocabulary ("disabled-but-listed") ↔ database enum ("DISABLED_BUT_LISTED"). */
export const toEnum = <T extends string>(value: string) => value.toUpperCase().replaceAll("-", "_") as T;
export const fromEnum = <T extends string>(value: string) => value.toLowerCase().replaceAll("_", "-") as T;

export const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
export const fromDate = (date: Date) => date.toISOString().slice(0, 10);

export function splitText(text: Localized | undefined): { en: string | null; de: string | null } {
  return { en: text?.en ?? null, de: text?.de ?? null };
}

export function joinText(en: string | null, de: string | null): Localized | undefined {
  if (en === null) return undefined;
  return de === null ? { en } : { en, de };
}

/** Drops undefined fields so that loaded maps equal parsed ones. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as T;
}
