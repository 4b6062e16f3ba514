import { Frequency, LegalBasis, NodeKind, VendorRole, VendorStatus } from "../generated/prisma/enums.ts";
import { builder } from "./builder.ts";

export const NodeKindEnum = builder.enumType(NodeKind, { name: "NodeKind" });
export const VendorRoleEnum = builder.enumType(VendorRole, { name: "VendorRole" });
export const VendorStatusEnum = builder.enumType(VendorStatus, {
  name: "VendorStatus",
  description: "DISABLED_BUT_LISTED: named on the public list but currently not used.",
});
export const FrequencyEnum = builder.enumType(Frequency, { name: "Frequency" });
export const LegalBasisEnum = builder.enumType(LegalBasis, { name: "LegalBasis", description: "GDPR Art. 6(1)(a)–(f)." });

export const LocaleEnum = builder.enumType("Locale", { values: { EN: { value: "en" }, DE: { value: "de" } } as const });
export type Locale = "en" | "de";

/** Reader-facing text in the asked locale, falling back to English where no translation exists. */
export const inLocale = (locale: Locale, en: string, de: string | null) => (locale === "de" && de ? de : en);

/** `locale: Locale! = EN` on every field that returns reader-facing text. */
export const localeArgs = builder.args((t) => ({ locale: t.field({ type: LocaleEnum, required: true, defaultValue: "en" }) }));
