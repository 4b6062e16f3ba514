import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from "lit";
import { property, query, state } from "lit/decorators.js";
import { diagramStyles, svgCss } from "./flow-diagram.styles.ts";
import { categoriesGraph, flowsGraph, type DiagramEdge, type DiagramView } from "./flow-graph.ts";
import { headingHeight, place, type Placed, type PlacedEdge, type PlacedNode } from "./flow-layout.ts";
import { DatamapSelectEvent } from "./events.ts";
import { resolveLocale, type Texts } from "./i18n.ts";
import { MapController } from "./map-controller.ts";
import { MapModel, safeHref, unique } from "./model.ts";
import { theme } from "./theme.ts";

/** Horizontal S-curves through the layout's points (like d3's curveBumpX), so edges meet their labels. */
function curve(points: { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let d = `M${first.x},${first.y}`;
  let previous = first;
  for (const point of rest) {
    const middle = (previous.x + point.x) / 2;
    d += ` C${middle},${previous.y} ${middle},${point.y} ${point.x},${point.y}`;
    previous = point;
  }
  return d;
}

function arrow(points: { x: number; y: number }[]): string {
  const end = points.at(-1);
  return end ? `${end.x},${end.y} ${end.x - 7},${end.y - 4} ${end.x - 7},${end.y + 4}` : "";
}

/**
 * The company's data flows as a left-to-right diagram: data-subject groups → own systems →
 * vendors → the vendors' own sub-processors, or (`view="categories"`) data categories →
 * vendors → destination countries. Edges leaving the EEA are dashed and name their safeguard.
 *
 * @tag datamap-flow-diagram
 * @fires datamap-load - The map was loaded and rendered (`DatamapLoadEvent`, `release`).
 * @fires datamap-error - The map could not be loaded (`DatamapErrorEvent`, `message`).
 * @fires datamap-select - A node's details were opened or closed (`DatamapSelectEvent`, `node`).
 * @csspart toolbar - View switch and download button.
 * @csspart download - The "Download SVG" button.
 * @csspart chips - The data-category filter.
 * @csspart chip - One filter chip.
 * @csspart canvas - The scrollable box around the diagram.
 * @csspart diagram - The SVG.
 * @csspart details - The details panel of the selected node.
 * @csspart legend - The legend.
 * @csspart flow-list - The list of all flows, the diagram's text alternative.
 * @cssproperty --datamap-font - Font shorthand.
 * @cssproperty --datamap-text - Text colour.
 * @cssproperty --datamap-muted - Secondary text colour.
 * @cssproperty --datamap-background - Background colour.
 * @cssproperty --datamap-border - Border colour.
 * @cssproperty --datamap-accent - Selection, links and focus rings.
 * @cssproperty --datamap-transfer - Edges that leave the EEA with a safeguard.
 * @cssproperty --datamap-danger - Edges that leave the EEA with no safeguard stated.
 * @cssproperty --datamap-radius - Corner radius.
 */
export class DatamapFlowDiagram extends LitElement {
  static override styles = [theme, diagramStyles];

  /** Base URL of the datamap server; the diagram fetches `${src}/api/public/v1/map.json`. */
  @property() src?: string;

  /** `flows` (subjects → systems → vendors) or `categories` (categories → vendors → countries). */
  @property({ reflect: true }) view: DiagramView = "flows";

  /** Show only flows carrying this data category (a key such as `user.device.ip_address`, or a parent key). */
  @property({ reflect: true }) category = "";

  /** `en` or `de`; defaults to the page's `<html lang>`. */
  @property() locale?: string;

  @state() private selected?: string;
  @state() private hovered?: string;
  @query("svg") private svgElement?: SVGSVGElement;

  private readonly data = new MapController(this);
  private model?: MapModel;
  /** Layouts of the current document by view, category and locale, so that going back is free. */
  private readonly layouts = new Map<string, Placed>();
  private placed?: Placed;

  override render(): TemplateResult {
    const texts = resolveLocale(this.locale);
    const { state } = this.data;
    if (state.status !== "ready") {
      return html`<p class="message" role="status">${texts.t(state.status === "error" ? "error" : "loading")}</p>`;
    }
    if (this.model?.document !== state.document) {
      this.model = new MapModel(state.document);
      this.layouts.clear();
    }
    const model = this.model;
    const placed = (this.placed = this.layOut(model, texts));
    const org = model.document.map.organization?.name;
    return html`
      <div class="bar" part="toolbar">
        <div class="bar" role="group" aria-label=${texts.t("view")}>
          ${(["flows", "categories"] as const).map(
            (view) =>
              html`<button type="button" aria-pressed=${this.view === view} @click=${() => this.show(view, "")}>
                ${texts.t(view === "flows" ? "viewFlows" : "viewCategories")}
              </button>`,
          )}
        </div>
        <button type="button" class="end" part="download" @click=${() => this.download(org)}>${texts.t("download")}</button>
      </div>
      ${this.renderChips(model, texts)}
      <div class="stage">
        <div class="canvas" part="canvas">
          ${placed.nodes.length
            ? this.renderSvg(placed, org ? texts.t("diagram", { org }) : texts.t("diagramPlain"))
            : html`<p class="message">${texts.t("noFlows")}</p>`}
        </div>
        ${this.renderDetails(placed, model, texts)}
      </div>
      ${this.renderLegend(texts)} ${this.renderList(placed, texts)}
    `;
  }

  private layOut(model: MapModel, texts: Texts): Placed {
    const key = `${this.view}|${this.category}|${texts.locale}`;
    const cached = this.layouts.get(key);
    if (cached) return cached;
    const graph = this.view === "categories" ? categoriesGraph(model, texts, this.category) : flowsGraph(model, texts, this.category);
    const placed = place(graph, this.view === "flows");
    this.layouts.set(key, placed);
    return placed;
  }

  private show(view: DiagramView, category: string): void {
    this.view = view;
    this.category = category;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has("view") || changed.has("category")) && this.hasUpdated) {
      this.selected = undefined;
      this.hovered = undefined;
    }
  }

  private renderChips(model: MapModel, texts: Texts) {
    const { labels } = model.document;
    const keys = unique(model.flows.flatMap((flow) => flow.categories));
    const chips = keys
      .map((key) => ({ key, name: texts.pick(labels.categories[key] ?? { en: key }) }))
      .sort((a, b) => texts.collator.compare(a.name, b.name));
    const chip = (key: string, name: string) =>
      html`<button type="button" part="chip" data-category=${key} aria-pressed=${this.category === key} @click=${() => this.show(this.view, key)}>
        ${name}
      </button>`;
    return html`<div class="chips" part="chips" role="group" aria-labelledby="chips-label">
      <span class="caption" id="chips-label">${texts.t("only")}</span>
      ${chip("", texts.t("allData"))} ${chips.map(({ key, name }) => chip(key, name))}
    </div>`;
  }

  /** Everything upstream and downstream of a node: the paths through it. */
  private pathThrough(id: string, edges: PlacedEdge[]): Set<string> {
    const hot = new Set<string>([id]);
    const walk = (from: string, forward: boolean) => {
      for (const edge of edges) {
        const [near, far] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
        if (near !== from || hot.has(edge.id)) continue;
        hot.add(edge.id).add(far);
        walk(far, forward);
      }
    };
    walk(id, true);
    walk(id, false);
    return hot;
  }

  private renderSvg(placed: Placed, label: string) {
    const focus = [this.hovered, this.selected].find((id) => placed.nodes.some((node) => node.id === id));
    const hot = focus ? this.pathThrough(focus, placed.edges) : undefined;
    const dim = (id: string) => (hot && !hot.has(id) ? "dim" : hot ? "hot" : "");
    return html`<svg
      xmlns="http://www.w3.org/2000/svg"
      part="diagram"
      role="group"
      aria-label=${label}
      width=${Math.ceil(placed.width)}
      height=${Math.ceil(placed.height)}
      viewBox="0 0 ${Math.ceil(placed.width)} ${Math.ceil(placed.height)}"
    >
      <title>${label}</title>
      <g aria-hidden="true">
        ${placed.headings.map(({ text, x }) => svg`<text class="heading" x=${x} y=${headingHeight / 2 + 4}>${text}</text>`)}
        ${placed.edges.map((edge) => this.renderEdge(edge, dim(edge.id)))}
        ${placed.edges.map((edge) => this.renderLabel(edge, dim(edge.id)))}
      </g>
      ${placed.nodes.map((node) => this.renderNode(node, dim(node.id)))}
    </svg>`;
  }

  private renderEdge(edge: PlacedEdge, state: string) {
    const kind = edge.transfer ? (edge.transfer.bare ? "transfer bare" : "transfer") : "";
    return svg`<g class="edge ${kind} ${state}" data-edge=${edge.id}>
      <path d=${curve(edge.points)}></path>
      <polygon points=${arrow(edge.points)}></polygon>
    </g>`;
  }

  /** Labels go above all edges, so that no line crosses a label's text. */
  private renderLabel(edge: PlacedEdge, state: string) {
    const { label } = edge;
    if (!label) return nothing;
    const kind = edge.transfer ? (edge.transfer.bare ? "transfer bare" : "transfer") : "";
    return svg`<g class="label ${state}" data-label=${edge.id}>
      <rect x=${label.x} y=${label.y} width=${label.width} height=${label.height} rx="3"></rect>
      <text x=${label.x + 4} y=${label.y + 10.5}>${edge.lines.map((line, i) =>
        line.startsWith("⚠") ? svg`${i ? "  " : ""}<tspan class=${kind}>${line}</tspan>` : svg`<tspan>${line}</tspan>`,
      )}</text>
    </g>`;
  }

  private renderNode(node: PlacedNode, state: string) {
    const classes = [node.role, state, node.outside ? "outside" : "", this.selected === node.id ? "selected" : ""];
    return svg`<g
      class="node ${classes.join(" ")}"
      data-node=${node.id}
      data-column=${node.column}
      tabindex="0"
      role="button"
      aria-label=${node.label}
      aria-expanded=${this.selected === node.id}
      @click=${() => this.select(node.id)}
      @keydown=${(event: KeyboardEvent) => this.onKey(event, node)}
      @pointerenter=${() => (this.hovered = node.id)}
      @pointerleave=${() => (this.hovered = undefined)}
      @focus=${() => (this.hovered = node.id)}
      @blur=${() => (this.hovered = undefined)}
    >
      <rect class="box" x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx="5"></rect>
      <rect class="stripe" x=${node.x} y=${node.y} width="4" height=${node.height} rx="2"></rect>
      <text x=${node.x + 14} y=${node.y + node.height / 2}>${node.label}</text>
    </g>`;
  }

  private select(id: string | undefined): void {
    this.selected = this.selected === id ? undefined : id;
    // Through a variable: the manifest analyzer would list a nameless event for \`dispatchEvent(new …)\`.
    const event = new DatamapSelectEvent(this.selected?.replace(/^\w+:/, "") ?? null);
    this.dispatchEvent(event);
    if (this.selected) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>("aside h3")?.focus());
  }

  /** Arrows move between nodes: up and down in a column, left and right to the nearest neighbour. */
  private onKey(event: KeyboardEvent, node: PlacedNode): void {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.select(node.id);
      return;
    }
    if (event.key === "Escape") return this.close();
    const nodes = this.placed?.nodes ?? [];
    const step = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[event.key];
    if (!step) return;
    event.preventDefault();
    const [dc, dy] = step as [number, number];
    const candidates = nodes.filter((other) =>
      dc ? other.column === node.column + dc : other.column === node.column && Math.sign(other.y - node.y) === dy,
    );
    const nearest = candidates.sort((a, b) => Math.abs(a.y - node.y) - Math.abs(b.y - node.y))[0];
    if (nearest) this.focusNode(nearest.id);
  }

  private focusNode(id: string): void {
    this.renderRoot.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus();
  }

  private close(): void {
    const id = this.selected;
    if (!id) return;
    this.select(undefined);
    void this.updateComplete.then(() => this.focusNode(id));
  }

  private renderDetails(placed: Placed, model: MapModel, texts: Texts) {
    const node = placed.nodes.find((n) => n.id === this.selected);
    if (!node) return nothing;
    const slug = node.id.replace(/^\w+:/, "");
    const mapNode = node.role === "category" || node.role === "country" ? undefined : model.node(slug);
    const vendor = mapNode?.vendor;
    const country = (code: string) => texts.pick(model.document.labels.countries[code]?.name ?? { en: code });
    const edgeItem = (edge: DiagramEdge, other: string) => {
      const target = placed.nodes.find((n) => n.id === other)?.label ?? other;
      return html`<li>
        <strong>${target}</strong>${edge.categories.length ? html`: ${texts.list(edge.categories)}` : nothing}
        ${edge.transfer
          ? html`<br /><span class=${edge.transfer.bare ? "bare-text" : "transfer-text"}
                >⚠ ${texts.list(edge.transfer.countries.map(country))}: ${edge.transfer.mechanism}</span
              >`
          : nothing}
      </li>`;
    };
    const incoming = placed.edges.filter((edge) => edge.to === node.id);
    const outgoing = placed.edges.filter((edge) => edge.from === node.id);
    const website = safeHref(vendor?.website);
    const dpa = safeHref(vendor?.dpa);
    // The panel covers the half of the diagram away from the node.
    const side = node.x + node.width / 2 > placed.width / 2 ? "left" : "";
    return html`<aside part="details" class=${side} aria-labelledby="details-title">
      <button type="button" class="close" @click=${() => this.close()}>${texts.t("close")}</button>
      <h3 id="details-title" tabindex="-1">${node.label}</h3>
      ${mapNode?.description ? html`<p>${texts.pick(mapNode.description)}</p>` : nothing}
      ${vendor
        ? html`<dl>
            <dt>${texts.t("role")}</dt>
            <dd>${texts.t(vendor.role)}${vendor.legalName ? html`, ${vendor.legalName}` : nothing}</dd>
            ${vendor.headquarters ? html`<dt>${texts.t("headquarters")}</dt><dd>${country(vendor.headquarters)}</dd>` : nothing}
            <dt>${texts.t("colLocations")}</dt>
            <dd>${texts.list(vendor.processingCountries.map(country)) || texts.t("notStated")}</dd>
          </dl>
          <p>
            ${website ? html`<a href=${website} rel="noopener noreferrer">${new URL(website).hostname}</a>` : nothing}
            ${dpa ? html` · <a href=${dpa} rel="noopener noreferrer">${texts.t("dpa")}</a>` : nothing}
          </p>`
        : nothing}
      ${incoming.length
        ? html`<strong>${texts.t("receives")}</strong>
            <ul>
              ${incoming.map((edge) => edgeItem(edge, edge.from))}
            </ul>`
        : nothing}
      ${outgoing.length
        ? html`<strong>${texts.t("sends")}</strong>
            <ul>
              ${outgoing.map((edge) => edgeItem(edge, edge.to))}
            </ul>`
        : nothing}
    </aside>`;
  }

  private renderLegend(texts: Texts) {
    const sample = (kind: string) =>
      html`<svg width="36" height="10" aria-hidden="true">
        <g class="edge ${kind}"><path d="M1,5 L34,5"></path></g>
      </svg>`;
    return html`<ul class="legend" part="legend" aria-label=${texts.t("legend")}>
      <li>${sample("")} ${texts.t("inEea")}</li>
      <li>${sample("transfer")} ${texts.t("leaves")}</li>
      <li>${sample("transfer bare")} ${texts.t("leavesBare")}</li>
    </ul>`;
  }

  private renderList(placed: Placed, texts: Texts) {
    const name = (id: string) => placed.nodes.find((node) => node.id === id)?.label ?? id;
    return html`<details part="flow-list">
      <summary>${texts.t("flowList")}</summary>
      <ul>
        ${placed.edges.map(
          (edge) =>
            html`<li>
              ${name(edge.from)} → ${name(edge.to)}${edge.categories.length ? `: ${texts.list(edge.categories)}` : ""}${edge.transfer
                ? `. ${texts.t(edge.transfer.bare ? "leavesBare" : "leaves")} (${edge.transfer.countries.join(", ")}: ${edge.transfer.mechanism})`
                : ""}
            </li>`,
        )}
      </ul>
    </details>`;
  }

  /** A standalone copy of the current diagram, with its styles, as an SVG file. */
  svgText(): string {
    const source = this.svgElement;
    if (!source) return "";
    const copy = source.cloneNode(true) as SVGSVGElement;
    const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
    style.textContent = svgCss;
    copy.prepend(style);
    copy.querySelectorAll("[tabindex]").forEach((el) => el.removeAttribute("tabindex"));
    return new XMLSerializer().serializeToString(copy);
  }

  private download(org: string | undefined): void {
    const url = URL.createObjectURL(new Blob([this.svgText()], { type: "image/svg+xml" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${(org ?? "data").toLowerCase().replace(/[^a-z0-9]+/g, "-")}-flows.svg`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.get("datamap-flow-diagram") ?? customElements.define("datamap-flow-diagram", DatamapFlowDiagram);

declare global {
  interface HTMLElementTagNameMap {
    "datamap-flow-diagram": DatamapFlowDiagram;
  }
}
