// Types only: importing runtime code from core would bundle its data files into the widgets.
export type {
  DataMap,
  Flow,
  FunctionGroup,
  Labels,
  PublicMapDocument,
  SubjectGroup,
  System,
  UpcomingChange,
  Vendor,
} from "@datamap/core";

/** Text a reader sees: English, optionally German. */
export interface Localized {
  en: string;
  de?: string | undefined;
}
