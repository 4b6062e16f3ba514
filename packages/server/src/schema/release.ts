import { defaultNoticeDays, diffMaps, type Change } from "@datamap/core";
import { recordAudit } from "../audit/record.ts";
import { db } from "../db/index.ts";
import { mapEvents } from "../events.ts";
import { planRelease, publish } from "../releases/publish.ts";
import { mapOf } from "../releases/records.ts";
import { builder } from "./builder.ts";
import { ChangeRef } from "./change.ts";
import { NotFoundError } from "./errors.ts";

export const ReleaseRef = builder.prismaObject("Release", {
  description: "An immutable published release: the public map, frozen, and its changes against the release before.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    effectiveAt: t.expose("effectiveAt", { type: "DateTime", description: "When its additions and changes take effect; its removals took effect at publishedAt." }),
    summary: t.exposeString("summary"),
    sha256: t.exposeString("sha256", { description: "The sha256 of `canonical`." }),
    canonical: t.exposeString("canonical", { description: "The public map as canonical JSON: keys sorted, no whitespace." }),
    publishedBy: t.exposeString("publishedBy", { authScopes: { reader: true } }),
    map: t.field({ type: "JSON", select: { canonical: true }, resolve: (release) => mapOf(release) }),
    changes: t.field({ type: [ChangeRef], select: { diff: true }, resolve: (release) => release.diff as unknown as Change[] }),
  }),
});

const ReleasePreviewRef = builder.objectRef<{ number: number; previous: number | null; effectiveAt: Date; sha256: string; changes: Change[] }>("ReleasePreview").implement({
  description: "What `publish` would release now. Empty `changes`: there is nothing to publish.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    previous: t.exposeInt("previous", { nullable: true }),
    effectiveAt: t.expose("effectiveAt", { type: "DateTime" }),
    sha256: t.exposeString("sha256"),
    changes: t.expose("changes", { type: [ChangeRef] }),
  }),
});

builder.queryFields((t) => ({
  releases: t.prismaConnection({
    type: ReleaseRef,
    cursor: "number",
    defaultSize: 20,
    maxSize: 200,
    authScopes: { public: true },
    description: "Published releases, newest first.",
    resolve: (query) => db().release.findMany({ ...query, orderBy: { number: "desc" } }),
  }),
  release: t.prismaField({
    type: ReleaseRef,
    nullable: true,
    authScopes: { public: true },
    args: { number: t.arg.int({ required: true }) },
    resolve: (query, _parent, { number }) => db().release.findUnique({ ...query, where: { number } }),
  }),
  diff: t.field({
    type: [ChangeRef],
    authScopes: { public: true },
    description: "The changes from one release to another (either way round); release 0 is the empty map.",
    args: { from: t.arg.int({ required: true }), to: t.arg.int({ required: true }) },
    resolve: async (_parent, { from, to }) => {
      const load = async (number: number) => {
        if (number === 0) return mapOf(null);
        const row = await db().release.findUnique({ where: { number }, select: { canonical: true } });
        if (!row) throw new NotFoundError(`There is no release ${number}.`);
        return mapOf(row);
      };
      return diffMaps(await load(from), await load(to));
    },
  }),
  releasePreview: t.field({
    type: ReleasePreviewRef,
    authScopes: { reader: true },
    args: { noticeDays: t.arg({ type: "Int", required: true, defaultValue: defaultNoticeDays }) },
    resolve: (_parent, { noticeDays }) => planRelease(db(), { noticeDays }),
  }),
}));

builder.mutationField("publish", (t) =>
  t.prismaField({
    type: ReleaseRef,
    authScopes: { publisher: true },
    description: "Freezes the draft's public projection into the next release and notifies subscribers. Refused when nothing changed.",
    args: {
      summary: t.arg.string({ required: true }),
      noticeDays: t.arg({ type: "Int", required: true, defaultValue: defaultNoticeDays, description: "Days until additions take effect; removals take effect at once." }),
    },
    resolve: async (query, _parent, { summary, noticeDays }, ctx) => {
      const release = await publish({
        summary,
        noticeDays,
        publishedBy: ctx.actor?.name ?? "anonymous",
        onPublished: (tx, row) => recordAudit(tx, ctx, { entity: "release", key: String(row.number), action: "publish", before: null, after: { summary: row.summary, sha256: row.sha256, effectiveAt: row.effectiveAt } }),
      });
      return db().release.findUniqueOrThrow({ ...query, where: { number: release.number } });
    },
  }),
);

builder.subscriptionField("releasePublished", (t) =>
  t.field({
    type: ReleaseRef,
    authScopes: { public: true },
    subscribe: () => mapEvents.subscribe("releasePublished"),
    resolve: (release) => release,
  }),
);
