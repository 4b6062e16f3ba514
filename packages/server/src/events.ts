import { createPubSub } from "graphql-yoga";
import type { Release } from "./generated/prisma/client.ts";

/** An edit to the draft map, as the editing mutations announce it. */
export interface MapChange {
  /** "vendor", "system", "subject-group", "flow", ... */
  entity: string;
  /** The slug or flow key. */
  key: string;
  action: "created" | "updated" | "deleted";
  /** Who made it: the actor's name. */
  actor: string;
  at: Date;
}

// In this process until `routeMapEvents` sends them through Redis to every replica.
let target: EventTarget = new EventTarget();
const relay: EventTarget = {
  addEventListener: (type, listener, options) => target.addEventListener(type, listener, options),
  removeEventListener: (type, listener, options) => target.removeEventListener(type, listener, options),
  dispatchEvent: (event) => target.dispatchEvent(event),
};

/**
 * What happens to the map, for GraphQL subscriptions. Editing mutations call
 * `mapEvents.publish("mapChanged", change)` after their transaction commits; publishing a
 * release sends "releasePublished". "publicDocumentsChanged" tells every replica to rebuild its
 * cached public JSON and feeds.
 */
export const mapEvents = createPubSub<{
  releasePublished: [release: Release];
  mapChanged: [change: MapChange];
  publicDocumentsChanged: [];
}>({ eventTarget: relay });

/** Call before serving: subscriptions opened earlier stay on the previous target. */
export function routeMapEvents(next: EventTarget): void {
  target = next;
}
