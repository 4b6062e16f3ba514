import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { audit, cleanup, fixture, mount, root, snapshot } from "../test/helpers.ts";
import type { DatamapSelectEvent } from "./events.ts";
import type { DatamapFlowDiagram } from "./flow-diagram.ts";

afterEach(cleanup);

const nodes = (diagram: DatamapFlowDiagram) => [...root(diagram).querySelectorAll<SVGGElement>("g.node[data-node]")];
const node = (diagram: DatamapFlowDiagram, id: string) => {
  const found = root(diagram).querySelector<SVGGElement>(`g.node[data-node="${id}"]`);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const box = (element: SVGGraphicsElement) => element.getBBox();
const overlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlaps(boxes: { id: string; rect: DOMRect }[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a.rect, b.rect) && found.push(`${a.id} × ${b.id}`)));
  return found;
}

describe("<datamap-flow-diagram>", () => {
  it("lays out subjects → systems → vendors → the vendors' sub-processors, left to right", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const column = (id: string) => Number(node(diagram, id).dataset.column);
    expect([column("account-holders"), column("platform"), column("intercom"), column("twilio")]).toEqual([0, 1, 2, 3]);
    const left = (id: string) => box(node(diagram, id)).x;
    expect(left("account-holders")).toBeLessThan(left("platform"));
    expect(left("platform")).toBeLessThan(left("intercom"));
    expect(left("recruitee")).toBe(left("intercom"));
    expect(left("intercom")).toBeLessThan(left("twilio"));
    expect(nodes(diagram)).toHaveLength(4 + 3 + 17);
    const headings = [...root(diagram).querySelectorAll("text.heading")].map((text) => text.textContent);
    expect(headings).toEqual(["Whose data", "Our systems", "Vendors", "Their sub-processors"]);
  });

  it("has no overlapping nodes or edge labels", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const boxes = [
      ...nodes(diagram).map((g) => ({ id: g.dataset.node ?? "", rect: box(g.querySelector("rect.box") as SVGRectElement) })),
      ...[...root(diagram).querySelectorAll<SVGGElement>("g.label")].map((g) => ({
        id: `label ${g.dataset.label ?? ""}`,
        rect: box(g),
      })),
    ];
    expect(boxes.length).toBeGreaterThan(40);
    expect(overlaps(boxes)).toEqual([]);
    for (const [view, locale] of [["categories", "en"], ["flows", "de"], ["categories", "de"]] as const) {
      Object.assign(diagram, { view, locale });
      await diagram.updateComplete;
      const rects = [
        ...nodes(diagram).map((g) => ({ id: g.dataset.node ?? "", rect: box(g.querySelector("rect.box") as SVGRectElement) })),
        ...[...root(diagram).querySelectorAll<SVGGElement>("g.label")].map((g) => ({ id: `label ${g.dataset.label ?? ""}`, rect: box(g) })),
      ];
      expect(overlaps(rects), `${view}, ${locale}`).toEqual([]);
    }
  });

  it("fits 1200×800 legibly: the fortrabbit map is drawn at least at 80 % of its size", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const svg = root(diagram).querySelector("svg") as SVGSVGElement;
    const drawn = svg.getBoundingClientRect();
    expect(drawn.width / svg.viewBox.baseVal.width).toBeGreaterThan(0.8);
    expect(svg.viewBox.baseVal.height).toBeLessThan(1000);
  });

  it("keeps the layout of each view until the data changes", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const at = () => box(node(diagram, "intercom").querySelector("rect.box") as SVGRectElement).y;
    const before = at();
    diagram.view = "categories";
    await diagram.updateComplete;
    diagram.view = "flows";
    await diagram.updateComplete;
    expect(at()).toBe(before);
    const changed = fixture();
    changed.map.vendors = changed.map.vendors.filter((vendor) => vendor.slug !== "intercom");
    const reloaded = new Promise((resolve) => diagram.addEventListener("datamap-load", resolve, { once: true }));
    (diagram.querySelector("script") as HTMLScriptElement).textContent = JSON.stringify(changed);
    await reloaded;
    expect(root(diagram).querySelector('g.node[data-node="intercom"]')).toBeNull();
    diagram.view = "categories";
    await diagram.updateComplete;
    expect(root(diagram).querySelector('g.node[data-node="vendor:intercom"]')).toBeNull();
  });

  it("labels edges with data categories and marks transfers out of the EEA with their safeguard", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const edge = (id: string) => root(diagram).querySelector<SVGGElement>(`g.edge[data-edge="${id}"]`);
    const label = (id: string) => root(diagram).querySelector(`g.label[data-label="${id}"]`);
    const lines = (id: string) => [...(label(id)?.querySelectorAll("tspan") ?? [])].map((text) => text.textContent);
    expect(lines("platform->mailchimp")).toEqual(["E-mail address, Name", "⚠ US: EU–US DPF"]);
    expect(edge("platform->mailchimp")?.classList.contains("transfer")).toBe(true);
    expect(lines("platform->aws")).toEqual(["Name, E-mail address +3", "⚠ US: EU–US DPF"]);
    expect(lines("platform->gravatar")).toEqual(["Pseudonymous ID", "⚠ US: no safeguard"]);
    expect(edge("platform->gravatar")?.classList.contains("bare")).toBe(true);
    expect(lines("back-office->ecovis")).toEqual(["Name, Postal address +1"]);
    expect(edge("back-office->ecovis")?.classList.contains("transfer")).toBe(false);
    expect(lines("website-visitors->keycdn")).toEqual(["IP address", "⚠ CH, US: SCC"]);
    const legend = [...root(diagram).querySelectorAll("[part=legend] li")].map((item) => item.textContent?.trim());
    expect(legend).toEqual([
      "No transfer out of the EEA",
      "Leaves the EEA, with its safeguard",
      "Leaves the EEA, no safeguard stated",
    ]);
  });

  it("filters by the category attribute and by chips", async () => {
    const diagram = await mount("datamap-flow-diagram", { category: "user.contact.phone_number" });
    const ids = () => nodes(diagram).map((g) => g.dataset.node);
    expect(ids()).toEqual(["account-holders", "job-applicants", "statuspage", "recruitee", "twilio"]);
    const chip = root(diagram).querySelector<HTMLElement>('[part=chip][data-category="user.financial.credit_card"]') as HTMLElement;
    await userEvent.click(page.elementLocator(chip));
    expect(diagram.getAttribute("category")).toBe("user.financial.credit_card");
    expect(chip.getAttribute("aria-pressed")).toBe("true");
    expect(ids()).toEqual(["account-holders", "wirecard"]);
    await userEvent.click(page.elementLocator(root(diagram).querySelector('[part=chip][data-category=""]') as HTMLElement));
    expect(ids()).toHaveLength(24);
    diagram.category = "user.biometric";
    await diagram.updateComplete;
    expect(ids()).toEqual([]);
    expect(root(diagram).querySelector("[part=canvas]")?.textContent?.trim()).toBe("No flow carries this data category.");
  });

  it("highlights the whole path through a hovered or focused node", async () => {
    const diagram = await mount("datamap-flow-diagram");
    await userEvent.hover(page.elementLocator(node(diagram, "statuspage")));
    const hot = [...root(diagram).querySelectorAll("g.node[data-node]:not(.dim)")].map((g) => (g as SVGGElement).dataset.node);
    expect(hot.sort()).toEqual(["account-holders", "statuspage", "twilio"]);
    expect(root(diagram).querySelector('g.edge[data-edge="statuspage->twilio"]')?.classList.contains("hot")).toBe(true);
    await userEvent.unhover(page.elementLocator(node(diagram, "statuspage")));
    node(diagram, "websites").focus();
    await diagram.updateComplete;
    expect(node(diagram, "platform").classList.contains("dim")).toBe(true);
    expect(node(diagram, "matomo").classList.contains("dim")).toBe(false);
  });

  it("opens details on click and on Enter, closes on Escape, and moves by arrow keys", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const selected = vi.fn<(event: DatamapSelectEvent) => void>();
    diagram.addEventListener("datamap-select", selected);
    await userEvent.click(page.elementLocator(node(diagram, "intercom")));
    const details = () => root(diagram).querySelector("[part=details]");
    expect(details()?.querySelector("h3")?.textContent).toBe("Intercom");
    expect(details()?.textContent).toContain("Sub-processor, Intercom R&D Unlimited Company");
    expect(details()?.classList.contains("left")).toBe(true);
    expect(details()?.textContent).toContain("⚠ United States: EU–US Data Privacy Framework");
    expect(selected.mock.calls[0]?.[0].node).toBe("intercom");
    await userEvent.keyboard("{Escape}");
    node(diagram, "intercom").focus();
    await userEvent.keyboard("{Escape}");
    expect(details()).toBeNull();
    node(diagram, "platform").focus();
    await userEvent.keyboard("{Enter}");
    expect(details()?.querySelector("h3")?.textContent).toBe("Platform & dashboard");
    expect(root(diagram).activeElement?.localName).toBe("h3");
    await userEvent.click(page.elementLocator(details()?.querySelector("button.close") as HTMLElement));
    expect(details()).toBeNull();
    expect((root(diagram).activeElement as SVGGElement | null)?.dataset.node).toBe("platform");
    await userEvent.keyboard("{ArrowRight}");
    expect((root(diagram).activeElement as SVGGElement | null)?.getAttribute("data-column")).toBe("2");
    await userEvent.keyboard("{ArrowLeft}");
    expect((root(diagram).activeElement as SVGGElement | null)?.getAttribute("data-column")).toBe("1");
    expect(selected.mock.calls.map(([event]) => event.node)).toEqual(["intercom", null, "platform", null]);
  });

  it("comes with a list of all flows as its text alternative", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const items = [...root(diagram).querySelectorAll("[part=flow-list] li")].map((item) => item.textContent?.replace(/\s+/g, " ").trim());
    expect(items).toHaveLength(22);
    expect(items).toContain(
      "Platform & dashboard → Gravatar: Pseudonymous ID. Leaves the EEA, no safeguard stated (US: no safeguard)",
    );
    expect(root(diagram).querySelector("svg")?.getAttribute("aria-label")).toBe("Data flows of fortrabbit GmbH");
  });

  it("shows data categories → vendors → countries in the categories view", async () => {
    const diagram = await mount("datamap-flow-diagram", { view: "categories", category: "user.device.ip_address" });
    const byColumn = (column: number) =>
      nodes(diagram)
        .filter((g) => g.dataset.column === String(column))
        .map((g) => g.querySelector("text")?.textContent)
        .sort();
    expect(byColumn(0)).toEqual(["IP address"]);
    expect(byColumn(1)).toEqual(["Amazon Web Services", "Google Forms", "KeyCDN", "Matomo", "MaxMind", "YouTube"]);
    expect(byColumn(2)).toEqual(["Germany", "Ireland", "Switzerland", "United States"]);
    expect(node(diagram, "country:US").classList.contains("outside")).toBe(true);
    const toUs = root(diagram).querySelector('g.label[data-label="vendor:maxmind->country:US"]');
    expect(toUs?.textContent?.trim()).toBe("⚠ SCC");
  });

  it("speaks German", async () => {
    const diagram = await mount("datamap-flow-diagram", { locale: "de" });
    expect(root(diagram).querySelector("[part=download]")?.textContent?.trim()).toBe("Als SVG herunterladen");
    const gravatar = root(diagram).querySelector('g.label[data-label="platform->gravatar"]');
    expect(gravatar?.textContent).toContain("keine Garantie");
  });

  it("downloads the diagram as a standalone SVG file", async () => {
    const diagram = await mount("datamap-flow-diagram");
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => (blobs.push(blob as Blob), "blob:diagram"));
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    try {
      await userEvent.click(page.elementLocator(root(diagram).querySelector("[part=download]") as HTMLElement));
      expect((click.mock.contexts[0] as HTMLAnchorElement | undefined)?.download).toBe("fortrabbit-gmbh-flows.svg");
      const text = await blobs[0]?.text();
      const parsed = new DOMParser().parseFromString(text ?? "", "image/svg+xml");
      expect(parsed.querySelector("parsererror")).toBeNull();
      expect(parsed.documentElement.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
      expect(parsed.querySelector("style")?.textContent).toContain(".edge.transfer");
      expect(parsed.querySelectorAll("g.node[data-node]")).toHaveLength(24);
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
  });

  it("renders from a live server", async () => {
    const diagram = await mount("datamap-flow-diagram", { src: inject("datamapServer") }, null);
    expect(nodes(diagram)).toHaveLength(24);
  });

  it("passes an axe-core audit in both views, with the details open", async () => {
    const diagram = await mount("datamap-flow-diagram");
    expect(await audit(diagram)).toEqual([]);
    node(diagram, "aws").dispatchEvent(new MouseEvent("click"));
    await diagram.updateComplete;
    expect(await audit(diagram)).toEqual([]);
    diagram.view = "categories";
    await diagram.updateComplete;
    expect(await audit(diagram)).toEqual([]);
  });

  it("saves screenshots at 1200×800: both views, details open, dark", async () => {
    await page.viewport(1200, 800);
    const diagram = await mount("datamap-flow-diagram");
    await snapshot("flow-diagram");
    node(diagram, "intercom").dispatchEvent(new MouseEvent("click"));
    await diagram.updateComplete;
    await snapshot("flow-diagram-details");
    await commands.colorScheme("dark");
    await snapshot("flow-diagram-dark");
    await commands.colorScheme("light");
    diagram.view = "categories";
    diagram.category = "user.device.ip_address";
    await diagram.updateComplete;
    await snapshot("flow-diagram-categories");
    expect(root(diagram).querySelector("svg")?.getBoundingClientRect().bottom).toBeLessThanOrEqual(800);
  });
});
