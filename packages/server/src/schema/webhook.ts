import { db } from "../db/index.ts";
import { WebhookDeliveryStatus } from "../generated/prisma/enums.ts";
import { webhookEvents } from "../webhooks/outbox.ts";
import { builder } from "./builder.ts";
import { ReleaseRef } from "./release.ts";

export const WebhookEventEnum = builder.enumType("WebhookEvent", {
  values: {
    RELEASE_PUBLISHED: { value: "release.published", description: "A release was published; its additions may still be in their notice period." },
    RELEASE_EFFECTIVE: { value: "release.effective", description: "A release's notice period ended: all of it is in effect." },
  } as const,
});
const DeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, { name: "WebhookDeliveryStatus" });

const WebhookAttemptRef = builder.prismaObject("WebhookAttempt", {
  fields: (t) => ({
    number: t.exposeInt("number"),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    durationMs: t.exposeInt("durationMs"),
    statusCode: t.exposeInt("statusCode", { nullable: true, description: "Null when no response came." }),
    error: t.exposeString("error", { nullable: true }),
    responseBody: t.exposeString("responseBody", { nullable: true, description: "The first 1000 characters." }),
  }),
});

export const WebhookDeliveryRef = builder.prismaObject("WebhookDelivery", {
  description: "One event for one endpoint in the outbox, retried with exponential backoff for about a day.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The webhook-id header: the same on every attempt." }),
    event: t.field({ type: WebhookEventEnum, resolve: (delivery) => delivery.event as (typeof webhookEvents)[number] }),
    status: t.expose("status", { type: DeliveryStatusEnum }),
    attemptCount: t.exposeInt("attemptCount", { description: "Attempts since it was queued or last redelivered." }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
    payload: t.field({ type: "JSON", select: { payload: true }, resolve: (delivery) => JSON.parse(delivery.payload) as unknown }),
    release: t.relation("release", { type: ReleaseRef, nullable: true }),
    endpoint: t.relation("endpoint"),
    attempts: t.relation("attempts", { type: WebhookAttemptRef, query: { orderBy: { number: "asc" } } }),
  }),
});

export const WebhookEndpointRef = builder.prismaObject("WebhookEndpoint", {
  fields: (t) => ({
    id: t.exposeInt("id"),
    url: t.exposeString("url"),
    events: t.field({ type: [WebhookEventEnum], resolve: (endpoint) => endpoint.events as (typeof webhookEvents)[number][] }),
    description: t.exposeString("description", { nullable: true }),
    enabled: t.exposeBoolean("enabled"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.exposeString("createdBy"),
    deliveries: t.relatedConnection("deliveries", { type: WebhookDeliveryRef, cursor: "id", query: { orderBy: { createdAt: "desc" } } }),
  }),
});

builder.queryFields((t) => ({
  webhookEndpoints: t.prismaField({
    type: [WebhookEndpointRef],
    authScopes: { admin: true },
    resolve: (query) => db().webhookEndpoint.findMany({ ...query, orderBy: { id: "asc" } }),
  }),
  webhookDelivery: t.prismaField({
    type: WebhookDeliveryRef,
    nullable: true,
    authScopes: { admin: true },
    args: { id: t.arg.string({ required: true }) },
    resolve: (query, _parent, { id }) => db().webhookDelivery.findUnique({ ...query, where: { id } }),
  }),
}));
