import { country, paths, PathQueryError, pathLimits, transfers, type Coverage, type Route, type Transfer } from "@datamap/core";
import { builder } from "./builder.ts";
import { AdequacyRef, CountryRef } from "./country.ts";
import { BadUserInputError } from "./errors.ts";
import { CoverageStatusEnum, releaseArgs, targetOf } from "./review-enums.ts";

const DestinationRef = builder.objectRef<Coverage>("TransferDestination").implement({
  fields: (t) => ({
    country: t.field({ type: CountryRef, resolve: (destination) => country(destination.country)! }),
    status: t.field({ type: CoverageStatusEnum, resolve: (destination) => destination.status }),
    mechanism: t.exposeString("mechanism", { nullable: true, description: "The stated mechanism relied on: the first that holds." }),
    adequacy: t.field({ type: AdequacyRef, nullable: true, description: "The adequacy decision that applies to the recipient, stated or not.", resolve: (destination) => destination.adequacy }),
    rejected: t.field({
      type: [builder.objectRef<Coverage["rejected"][number]>("RejectedMechanism").implement({ fields: (f) => ({ mechanism: f.exposeString("mechanism"), reason: f.exposeString("reason") }) })],
      description: "Stated mechanisms that do not hold for this destination, and why.",
      resolve: (destination) => destination.rejected,
    }),
  }),
});

const TransferRef = builder.objectRef<Transfer>("Transfer").implement({
  description: "A flow that takes personal data out of the EEA.",
  fields: (t) => ({
    flow: t.string({ description: "The flow's key.", resolve: (transfer) => transfer.flow.key }),
    from: t.string({ resolve: (transfer) => transfer.flow.from }),
    to: t.string({ resolve: (transfer) => transfer.flow.to }),
    onward: t.exposeBoolean("onward", { description: "Vendor → vendor: an onward transfer to a sub-processor." }),
    fromThirdCountry: t.exposeBoolean("fromThirdCountry", { description: "The sender is itself outside the EEA." }),
    assumed: t.exposeBoolean("assumed", { description: "The destination is the vendor's headquarters, as the map states no processing country." }),
    status: t.field({ type: CoverageStatusEnum, description: "The weakest destination's.", resolve: (transfer) => transfer.status }),
    destinations: t.field({ type: [DestinationRef], description: "The third countries only.", resolve: (transfer) => transfer.destinations }),
  }),
});

builder.queryField("transfers", (t) =>
  t.field({
    type: [TransferRef],
    authScopes: { reader: true },
    description: "Every flow of the draft (or a release) that leaves the EEA, with its coverage.",
    args: { ...releaseArgs, status: t.arg({ type: [CoverageStatusEnum], description: "Only transfers with one of these statuses." }) },
    resolve: async (_parent, { release, status }) => {
      const all = transfers((await targetOf(release)).map);
      return status ? all.filter((transfer) => status.includes(transfer.status)) : all;
    },
  }),
);

const RouteRef = builder.objectRef<Route>("Route").implement({
  fields: (t) => ({
    hops: t.field({
      type: [builder.objectRef<Route["hops"][number]>("RouteHop").implement({ fields: (f) => ({ flow: f.exposeString("flow"), from: f.exposeString("from"), to: f.exposeString("to") }) })],
      resolve: (route) => route.hops,
    }),
    reached: t.exposeStringList("reached", { description: "The last hop's destination countries that reach the target." }),
  }),
});

builder.queryField("paths", (t) =>
  t.field({
    type: builder.objectRef<ReturnType<typeof paths>>("Paths").implement({
      fields: (f) => ({
        routes: f.field({ type: [RouteRef], resolve: (result) => result.routes }),
        truncated: f.exposeBoolean("truncated", { description: "More routes may exist: raise limit, or narrow the query." }),
      }),
    }),
    authScopes: { reader: true },
    description: "Every simple route by which data of a category (or a key below it) travels, shortest first.",
    args: {
      ...releaseArgs,
      category: t.arg({ type: "DataCategoryKey", required: true }),
      from: t.arg.string({ description: "Slug of the first sender; absent: wherever the category enters the map." }),
      to: t.arg.string({ required: true, description: "A country code, a node slug, \"outside-eea\" or \"not-adequate\"." }),
      maxHops: t.arg.int({ defaultValue: pathLimits.defaultMaxHops, description: `At most ${pathLimits.maxHops}.` }),
      limit: t.arg.int({ defaultValue: pathLimits.defaultLimit, description: `At most ${pathLimits.limit}.` }),
      broader: t.arg.boolean({ defaultValue: false, description: "Also follow flows carrying a broader key (\"user.device\" for an IP address)." }),
    },
    resolve: async (_parent, { release, from, to, category, maxHops, limit, broader }) => {
      const { map } = await targetOf(release);
      try {
        return paths(map, { category, to, maxHops: maxHops ?? undefined, limit: limit ?? undefined, broader: broader ?? false, ...(from ? { from } : {}) });
      } catch (error) {
        if (error instanceof PathQueryError) throw new BadUserInputError(error.message);
        throw error;
      }
    },
  }),
);
