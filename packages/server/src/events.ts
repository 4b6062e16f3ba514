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

/**
 * What happens to the map, for GraphQL subscriptions. Editing mutations call
 * `mapEvents.publish("mapChanged", change)` after their transaction commits; publishing a
 * release sends "releasePublished". In-process for now; a Redis event target would carry it
 * across replicas.
 */
export const mapEvents = createPubSub<{
  releasePublished: [release: Release];
  mapChanged: [change: MapChange];
}>();
