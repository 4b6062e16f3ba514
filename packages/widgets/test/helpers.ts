import axe from "axe-core";
import { page } from "vitest/browser";
import fortrabbit from "./fixtures/fortrabbit.json";
import type { PublicMapDocument } from "../src/types.ts";
import "../src/index.ts";

/** A fresh copy of the fortrabbit document, with its upcoming release four weeks ahead. */
export function fixture(): PublicMapDocument {
  const document = structuredClone(fortrabbit) as PublicMapDocument;
  for (const change of document.upcoming) change.effectiveAt = new Date(Date.now() + 28 * 86_400_000).toISOString();
  return document;
}

type Tag = "datamap-vendor-table" | "datamap-flow-diagram";

/** Mounts a widget inside `<main>` with the document inline (or with the given attributes only) and waits until it rendered. */
export async function mount<T extends Tag>(
  tag: T,
  attributes: Record<string, string> = {},
  document_: PublicMapDocument | null = fixture(),
): Promise<HTMLElementTagNameMap[T]> {
  const main = document.createElement("main");
  document.body.style.margin = "0";
  main.style.padding = "16px";
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (document_) {
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(document_);
    element.append(script);
  }
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener("datamap-load", resolve, { once: true });
    element.addEventListener("datamap-error", (event) => reject(new Error(event.message)), { once: true });
  });
  main.append(element);
  document.body.append(main);
  await loaded;
  await element.updateComplete;
  return element;
}

export function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

export function cleanup(): void {
  document.body.replaceChildren();
  document.documentElement.lang = "en";
}

/** axe-core on the widget, shadow root included; returns the violations, readable in a failure. */
export async function audit(element: HTMLElement): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ["violations"] });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`,
  );
}

/**
 * The test frame as the reader sees it, saved to test/__screenshots__/<name>.png (git-ignored).
 * The path is relative to the calling test file, and those live in src/.
 */
export async function snapshot(name: string): Promise<void> {
  const frame = document.querySelector("main");
  if (!frame) throw new Error("nothing mounted");
  // Exactly one viewport: Chromium paints nothing of the frame below it.
  Object.assign(frame.style, { height: `${window.innerHeight}px`, boxSizing: "border-box", overflow: "hidden", background: getComputedStyle(frame.firstElementChild ?? frame).backgroundColor });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await page.screenshot({ path: `../test/__screenshots__/${name}.png`, element: frame });
  Object.assign(frame.style, { height: "", boxSizing: "", overflow: "", background: "" });
}
