import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record.ts";
import { db } from "../db/index.ts";
import { checkReceiverUrl, WebhookUrlError } from "../webhooks/address.ts";
import { redeliver } from "../webhooks/outbox.ts";
import { wakeWebhookWorkers } from "../webhooks/worker.ts";
import { builder } from "./builder.ts";
import { BadUserInputError, NotFoundError } from "./errors.ts";
import { WebhookDeliveryRef, WebhookEndpointRef, WebhookEventEnum } from "./webhook.ts";

const CreatedEndpointRef = builder.objectRef<{ secret: string; id: number }>("CreatedWebhookEndpoint").implement({
  fields: (t) => ({
    secret: t.exposeString("secret", { description: "The signing secret (whsec_…) for the receiver's Standard Webhooks verify. Keep it secret." }),
    endpoint: t.prismaField({ type: WebhookEndpointRef, resolve: (query, created) => db().webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: created.id } }) }),
  }),
});

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: CreatedEndpointRef,
    authScopes: { admin: true },
    description: "Registers a receiver. Its host must resolve to public addresses only (unless DATAMAP_WEBHOOKS_ALLOW_PRIVATE=true).",
    args: {
      url: t.arg.string({ required: true }),
      events: t.arg({ type: [WebhookEventEnum], required: true }),
      description: t.arg.string({ required: false }),
    },
    resolve: async (_parent, { url, events, description }, ctx) => {
      if (events.length === 0) throw new BadUserInputError("Name at least one event.", "events");
      const checked = await checkReceiverUrl(url).catch((error: unknown) => {
        throw error instanceof WebhookUrlError ? new BadUserInputError(error.message, "url") : error;
      });
      const secret = `whsec_${randomBytes(24).toString("base64")}`;
      return db().$transaction(async (tx) => {
        const endpoint = await tx.webhookEndpoint.create({
          data: { url: checked.href, events: [...new Set(events)], secret, description: description ?? null, createdBy: ctx.actor?.name ?? "anonymous" },
        });
        const { secret: _secret, ...after } = endpoint;
        await recordAudit(tx, ctx, { entity: "webhook-endpoint", key: String(endpoint.id), action: "create", before: null, after });
        return { secret, id: endpoint.id };
      });
    },
  }),
  setWebhookEndpointEnabled: t.prismaField({
    type: WebhookEndpointRef,
    authScopes: { admin: true },
    description: "A disabled endpoint gets no new deliveries; queued ones are still tried.",
    args: { id: t.arg.int({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: (query, _parent, { id, enabled }, ctx) =>
      db().$transaction(async (tx) => {
        const before = await tx.webhookEndpoint.findUnique({ where: { id }, select: { enabled: true } });
        if (!before) throw new NotFoundError(`No webhook endpoint ${id}.`);
        const endpoint = await tx.webhookEndpoint.update({ ...query, where: { id }, data: { enabled } });
        await recordAudit(tx, ctx, { entity: "webhook-endpoint", key: String(id), action: "update", before, after: { enabled } });
        return endpoint;
      }),
  }),
  redeliverWebhook: t.prismaField({
    type: WebhookDeliveryRef,
    authScopes: { admin: true },
    description: "Sends a delivery again now, with a fresh retry schedule; earlier attempts stay in its log.",
    args: { id: t.arg.string({ required: true }) },
    resolve: async (query, _parent, { id }, ctx) => {
      await db().$transaction(async (tx) => {
        if (!(await tx.webhookDelivery.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError(`No webhook delivery "${id}".`);
        await redeliver(tx, id);
        await recordAudit(tx, ctx, { entity: "webhook-delivery", key: id, action: "redeliver", before: null, after: null });
      });
      wakeWebhookWorkers();
      return db().webhookDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
