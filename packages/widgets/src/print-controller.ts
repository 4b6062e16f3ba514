import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Tells the host whether the page is being printed, so that it can print what it shows only
 * in part on screen. The host re-renders in the `beforeprint` event's microtasks, before the
 * browser lays the page out for print.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly toggle = (event: Event): void => {
    this.printing = event.type === "beforeprint";
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener("beforeprint", this.toggle);
    window.addEventListener("afterprint", this.toggle);
  }

  hostDisconnected(): void {
    window.removeEventListener("beforeprint", this.toggle);
    window.removeEventListener("afterprint", this.toggle);
  }
}
