import { mapEvents } from "../events.ts";
import { forgetPublicDocuments } from "./cache.ts";

/** After a publish or a release taking effect: this replica rebuilds now, the others on the event. */
export function announcePublicChange(): void {
  forgetPublicDocuments();
  mapEvents.publish("publicDocumentsChanged");
}

/** Drops cached public documents whenever any replica announces a change; returns how to stop. */
export function followPublicChanges(): () => Promise<void> {
  const changes = mapEvents.subscribe("publicDocumentsChanged");
  const done = (async () => {
    for await (const _change of changes) forgetPublicDocuments();
  })();
  return async () => {
    await changes.return();
    await done;
  };
}
