import { adequacyFor, countries, country, type Country } from "@datamap/core";
import { builder } from "./builder.ts";
import { localeArgs } from "./enums.ts";

export const AdequacyRef = builder.objectRef<NonNullable<ReturnType<typeof adequacyFor>>>("AdequacyDecision").implement({
  description: "An EU Commission adequacy decision (GDPR Art. 45).",
  fields: (t) => ({
    scope: t.exposeString("scope", { description: "e.g. \"full\", or \"dpf-certified\" for the United States." }),
    description: t.string({
      args: localeArgs,
      resolve: (decision, { locale }) => decision.description[locale] ?? decision.description.en,
    }),
    adoptedAt: t.exposeString("adoptedAt"),
    reference: t.exposeString("reference"),
    source: t.exposeString("source"),
  }),
});

export const CountryRef = builder.objectRef<Country>("Country").implement({
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.string({
      args: localeArgs,
      resolve: (entry, { locale }) => entry.name[locale] ?? entry.name.en,
    }),
    eea: t.exposeBoolean("eea", { description: "A member of the European Economic Area (EU 27, Iceland, Liechtenstein, Norway)." }),
    adequacy: t.field({ type: AdequacyRef, nullable: true, resolve: (entry) => adequacyFor(entry.code) }),
  }),
});

/** Countries by code, for fields that store codes. Codes were validated on the way in. */
export const countriesOf = (codes: string[]) => codes.map((code) => country(code)).filter((entry) => entry !== undefined);

builder.queryField("countries", (t) =>
  t.field({
    authScopes: { public: true },
    type: [CountryRef],
    description: "Every ISO 3166-1 country, with EEA membership and adequacy decisions.",
    args: { eea: t.arg.boolean({ required: false, description: "Only EEA (true) or only non-EEA (false) countries." }) },
    resolve: (_, { eea }) => (eea === null || eea === undefined ? countries : countries.filter((entry) => entry.eea === eea)),
  }),
);
