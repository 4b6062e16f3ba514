import { mapAsOf, publicMapDocument, type PublicMapDocument, type ReleaseInfo, type UpcomingChange } from "@datamap/core";
import { db } from "../db/index.ts";
import { mapEvents, type MapChange } from "../events.ts";
import { publicMapBody } from "../releases/documents.ts";
import { publicBase, publicLinks } from "../releases/links.ts";
import { releasesAsOf } from "../releases/records.ts";
import { builder } from "./builder.ts";
import { localeArgs } from "./enums.ts";

const ReleaseInfoRef = builder.objectRef<ReleaseInfo>("ReleaseInfo").implement({
  description: "The release a public map comes from.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    publishedAt: t.field({ type: "DateTime", resolve: (release) => new Date(release.publishedAt) }),
    effectiveAt: t.field({ type: "DateTime", resolve: (release) => new Date(release.effectiveAt) }),
    sha256: t.exposeString("sha256"),
    summary: t.exposeString("summary"),
  }),
});

const UpcomingChangeRef = builder.objectRef<UpcomingChange>("UpcomingChange").implement({
  description: "A published release whose additions are still in their notice period.",
  fields: (t) => ({
    release: t.exposeInt("release"),
    effectiveAt: t.field({ type: "DateTime", resolve: (upcoming) => new Date(upcoming.effectiveAt) }),
    changes: t.stringList({ args: localeArgs, resolve: (upcoming, { locale }) => upcoming.changes.map((line) => line[locale] ?? line.en) }),
  }),
});

const PublicMapRef = builder.objectRef<PublicMapDocument>("PublicMap").implement({
  description: "The public map in effect, exactly as /api/public/v1/map.json serves it. Never the draft.",
  fields: (t) => ({
    release: t.expose("release", { type: ReleaseInfoRef, nullable: true, description: "Null before the first release." }),
    upcoming: t.expose("upcoming", { type: [UpcomingChangeRef] }),
    map: t.field({ type: "JSON", description: "A data map (the public projection).", resolve: (document) => document.map }),
    labels: t.field({ type: "JSON", resolve: (document) => document.labels }),
    document: t.field({ type: "JSON", description: "The whole map.json document.", resolve: (document) => document }),
  }),
});

builder.queryFields((t) => ({
  publicMap: t.field({
    type: PublicMapRef,
    authScopes: { public: true },
    resolve: async (_parent, _args, ctx) => JSON.parse((await publicMapBody(publicBase(ctx.request))).body) as PublicMapDocument,
  }),
  mapAsOf: t.field({
    type: PublicMapRef,
    authScopes: { public: true },
    description: "The public map as it stood at a moment (a date means its midnight UTC), with the changes then in their notice period.",
    args: { date: t.arg({ type: "DateTime", required: true }) },
    resolve: async (_parent, { date }, ctx) => {
      const links = publicLinks(publicBase(ctx.request));
      return publicMapDocument(mapAsOf(await releasesAsOf(db(), date), date), { atom: links.atom, rss: links.rss, json: links.json });
    },
  }),
}));

const MapChangeRef = builder.objectRef<MapChange>("MapChange").implement({
  description: "An edit to the draft map.",
  fields: (t) => ({
    entity: t.exposeString("entity"),
    key: t.exposeString("key"),
    action: t.exposeString("action"),
    actor: t.exposeString("actor"),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

builder.subscriptionField("mapChanged", (t) =>
  t.field({
    type: MapChangeRef,
    authScopes: { reader: true },
    description: "Each edit to the draft, as it is committed.",
    subscribe: () => mapEvents.subscribe("mapChanged"),
    resolve: (change) => change,
  }),
);
