import type { ReactiveController, ReactiveControllerHost } from "lit";
import { DatamapErrorEvent, DatamapLoadEvent } from "./events.ts";
import type { PublicMapDocument } from "./types.ts";

export const mapPath = "api/public/v1/map.json";

type Host = ReactiveControllerHost & HTMLElement & { src?: string | undefined };

export type MapState =
  | { status: "loading" }
  | { status: "ready"; document: PublicMapDocument }
  | { status: "error"; message: string };

/** The map endpoint below a datamap server's base URL, which may have a path of its own. */
export function mapUrl(src: string): URL {
  const base = new URL(src, document.baseURI);
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return new URL(mapPath, base);
}

function parse(text: string): PublicMapDocument {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || (value as { format?: unknown }).format !== "datamap/public-map@1") {
    throw new Error('not a "datamap/public-map@1" document');
  }
  return value as PublicMapDocument;
}

/**
 * Gives the host its public map: fetched from `src` (no cookies, no referrer), or read from an
 * inline `<script type="application/json">` child, with no network at all. It watches the
 * children, because a parser may add the script after the element was upgraded.
 */
export class MapController implements ReactiveController {
  state: MapState = { status: "loading" };
  private observer?: MutationObserver;
  private abort?: AbortController;
  private loadedFrom?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.loadedFrom = undefined;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
  }

  hostUpdate(): void {
    const src = this.host.src;
    if (src && src !== this.loadedFrom) void this.fetch(src);
    else if (!src && this.loadedFrom !== "") this.readInline();
  }

  private readInline(): void {
    if (this.host.src) return;
    const script = this.host.querySelector('script[type="application/json"]');
    if (!script) return;
    this.loadedFrom = "";
    try {
      this.settle({ status: "ready", document: parse(script.textContent ?? "") });
    } catch (error) {
      this.settle({ status: "error", message: String(error) });
    }
  }

  private async fetch(src: string): Promise<void> {
    this.loadedFrom = src;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { status: "loading" };
    try {
      const response = await fetch(mapUrl(src), {
        credentials: "omit",
        referrerPolicy: "no-referrer",
        headers: { accept: "application/json" },
        signal: abort.signal,
      });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      this.settle({ status: "ready", document: parse(await response.text()) });
    } catch (error) {
      if (!abort.signal.aborted) this.settle({ status: "error", message: String(error) });
    }
  }

  private settle(state: MapState): void {
    this.state = state;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.dispatchEvent(
        state.status === "ready"
          ? new DatamapLoadEvent(state.document.release?.number ?? null)
          : new DatamapErrorEvent(state.status === "error" ? state.message : ""),
      ),
    );
  }
}
