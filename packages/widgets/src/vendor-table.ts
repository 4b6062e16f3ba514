import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { resolveLocale, type Texts } from "./i18n.ts";
import { MapController, mapUrl } from "./map-controller.ts";
import { MapModel, safeHref, unique } from "./model.ts";
import { PrintController } from "./print-controller.ts";
import { theme } from "./theme.ts";
import type { PublicMapDocument } from "./types.ts";
import { tableStyles } from "./vendor-table.styles.ts";
import {
  categoryNames,
  countryNames,
  filterRows,
  groupRows,
  previewRows,
  sortRows,
  vendorRows,
  type GroupBy,
  type RowGroup,
  type SortKey,
  type VendorRow,
} from "./vendor-rows.ts";

const columns: { key: SortKey | "dpa"; label: "colName" | "colPurpose" | "colCategories" | "colLocations" | "colSafeguard" | "colDpa" }[] = [
  { key: "name", label: "colName" },
  { key: "purpose", label: "colPurpose" },
  { key: "categories", label: "colCategories" },
  { key: "locations", label: "colLocations" },
  { key: "safeguard", label: "colSafeguard" },
  { key: "dpa", label: "colDpa" },
];

/** Rows a long group shows before its "Show all" button: about one screen. */
const previewLength = 10;

/**
 * The public list of a company's sub-processors, grouped by function like a help page, with
 * search, filters, sortable columns and the changes still in their notice period. A long group
 * shows its first rows and a button for the rest; search and filters look at every row, and
 * print shows every row.
 *
 * Data comes from `src` (a datamap server) or from an inline `<script type="application/json">`
 * child holding the same public map document, in which case nothing is fetched.
 *
 * @tag datamap-vendor-table
 * @fires datamap-load - The map was loaded and rendered (`DatamapLoadEvent`, `release`).
 * @fires datamap-error - The map could not be loaded (`DatamapErrorEvent`, `message`).
 * @csspart release - The line with release number and "last updated".
 * @csspart upcoming - The highlighted notice of upcoming changes.
 * @csspart controls - Search box and filters.
 * @csspart search - The search input.
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart group-heading - A row heading a group (function or country).
 * @csspart row - A vendor's row.
 * @csspart show-all - The button under a long group's first rows that shows the rest.
 * @csspart former - The note on vendors no longer used.
 * @csspart feeds - The links to the change feeds.
 * @cssproperty --datamap-font - Font shorthand.
 * @cssproperty --datamap-text - Text colour.
 * @cssproperty --datamap-muted - Secondary text colour.
 * @cssproperty --datamap-background - Background colour.
 * @cssproperty --datamap-surface - Background of headers and tags.
 * @cssproperty --datamap-border - Border colour.
 * @cssproperty --datamap-accent - Links and focus rings.
 * @cssproperty --datamap-notice - Background of the upcoming-changes notice.
 * @cssproperty --datamap-notice-border - Border of the upcoming-changes notice.
 * @cssproperty --datamap-danger - "None stated" safeguards.
 * @cssproperty --datamap-radius - Corner radius.
 */
export class DatamapVendorTable extends LitElement {
  static override styles = [theme, tableStyles];

  /** Base URL of the datamap server; the table fetches `${src}/api/public/v1/map.json`. */
  @property() src?: string;

  /** How rows are grouped: by function (as on the help page), by processing country, or not. */
  @property({ attribute: "group-by" }) groupBy: GroupBy = "function";

  /** `en` or `de`; defaults to the page's `<html lang>`. */
  @property() locale?: string;

  /** Show only vendors receiving this data category (a key such as `user.contact.email`, or a parent key). */
  @property() category = "";

  /** Show only vendors processing data in this country (ISO 3166-1 alpha-2). */
  @property() country = "";

  @state() private query = "";
  @state() private sort?: { key: SortKey; descending: boolean };
  /** Keys of the long groups the reader opened in full. */
  @state() private expanded = new Set<string>();

  private readonly data = new MapController(this);
  private readonly print = new PrintController(this);
  private model?: MapModel;

  override render(): TemplateResult {
    const texts = resolveLocale(this.locale);
    const { state } = this.data;
    if (state.status !== "ready") {
      return html`<p class="message" role="status">${texts.t(state.status === "error" ? "error" : "loading")}</p>`;
    }
    if (this.model?.document !== state.document) this.model = new MapModel(state.document);
    return this.renderDocument(this.model, texts);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("groupBy")) this.expanded = new Set();
  }

  private renderDocument(model: MapModel, texts: Texts): TemplateResult {
    const doc = model.document;
    const all = vendorRows(model, texts);
    const shown = filterRows(all, { query: this.query, category: this.category, country: this.country });
    const sorted = this.sort ? sortRows(shown, this.sort.key, this.sort.descending, model, texts) : shown;
    const groups = groupRows(sorted, this.groupBy, model, texts);
    const org = doc.map.organization?.name;
    return html`
      ${this.renderRelease(doc, texts)} ${this.renderUpcoming(doc, texts)} ${this.renderControls(model, all, shown.length, texts)}
      <table part="table">
        <caption part="caption">${org ? texts.t("caption", { org }) : texts.t("captionPlain")}</caption>
        <thead>
          <tr>
            ${columns.map((column) => this.renderHeader(column.key, texts.t(column.label)))}
          </tr>
        </thead>
        ${groups.map((group, index) => this.renderGroup(group, `group-${index}`, model, texts))}
      </table>
      ${shown.length ? nothing : html`<p class="message">${texts.t("noMatch")}</p>`} ${this.renderFormer(doc, texts)}
      ${this.renderFeeds(doc, texts)}
    `;
  }

  private renderRelease({ release }: PublicMapDocument, texts: Texts) {
    if (!release) return nothing;
    return html`<p class="release muted" part="release">
      ${texts.t("release", { n: release.number })} ·
      <time datetime=${release.publishedAt}>${texts.t("updated", { date: texts.date(release.publishedAt) })}</time>
    </p>`;
  }

  private renderUpcoming({ upcoming }: PublicMapDocument, texts: Texts) {
    const pending = upcoming.filter((change) => Date.parse(change.effectiveAt) > Date.now());
    if (!pending.length) return nothing;
    return html`<section class="notice" part="upcoming" aria-label=${texts.t("upcoming")}>
      <strong>${texts.t("upcoming")}</strong>
      ${pending.map(
        (change) => html`<p>${texts.t("effective", { n: change.release, date: texts.date(change.effectiveAt) })}</p>
          <ul>
            ${change.changes.map((line) => html`<li>${texts.pick(line)}</li>`)}
          </ul>`,
      )}
    </section>`;
  }

  private renderControls(model: MapModel, rows: VendorRow[], count: number, texts: Texts) {
    const categories = unique(rows.flatMap((row) => row.categories));
    const countries = unique(rows.flatMap((row) => row.countries));
    const option = (value: string, label: string, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    const byName = (a: [string, string], b: [string, string]) => texts.collator.compare(a[1], b[1]);
    return html`<div class="controls" part="controls" role="search">
      <label
        >${texts.t("search")}
        <input
          type="search"
          part="search"
          placeholder=${texts.t("searchHint")}
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      /></label>
      <label
        >${texts.t("category")}
        <select @change=${(event: Event) => (this.category = (event.target as HTMLSelectElement).value)}>
          ${option("", texts.t("allCategories"), this.category)}
          ${categories
            .map((key): [string, string] => [key, categoryNames({ categories: [key] }, model, texts)[0] ?? key])
            .sort(byName)
            .map(([key, name]) => option(key, name, this.category))}
        </select></label
      >
      <label
        >${texts.t("country")}
        <select @change=${(event: Event) => (this.country = (event.target as HTMLSelectElement).value)}>
          ${option("", texts.t("allCountries"), this.country)}
          ${countries
            .map((code): [string, string] => [code, countryNames({ countries: [code] }, model, texts)[0] ?? code])
            .sort(byName)
            .map(([code, name]) => option(code, name, this.country))}
        </select></label
      >
      <p class="count" role="status">${texts.t("count", { n: count, total: rows.length })}</p>
    </div>`;
  }

  private renderHeader(key: SortKey | "dpa", label: string) {
    if (key === "dpa") return html`<th scope="col" class="plain">${label}</th>`;
    const active = this.sort?.key === key ? this.sort : undefined;
    const direction = active ? (active.descending ? "descending" : "ascending") : undefined;
    return html`<th scope="col" aria-sort=${direction ?? nothing}>
      <button type="button" @click=${() => this.toggleSort(key)}>
        ${label}<span class="arrow" aria-hidden="true">${active ? (active.descending ? "▼" : "▲") : "↕"}</span>
      </button>
    </th>`;
  }

  private toggleSort(key: SortKey): void {
    this.sort = { key, descending: this.sort?.key === key && !this.sort.descending };
  }

  private renderGroup(group: RowGroup, id: string, model: MapModel, texts: Texts) {
    const whole = this.print.printing || this.expanded.has(group.key);
    const rows = whole ? group.rows : previewRows(group.rows, previewLength);
    return html`<tbody>
      ${group.title
        ? html`<tr class="group" part="group-heading"><th id=${id} scope="rowgroup" colspan="6">${group.title}</th></tr>`
        : nothing}
      ${rows.map((row) => this.renderRow(row, model, texts))}
      ${rows.length < group.rows.length
        ? html`<tr class="more">
            <td colspan="6">
              <button type="button" part="show-all" aria-describedby=${group.title ? id : nothing} @click=${(event: Event) => this.showAll(group.key, event)}>
                ${texts.t("showAll", { n: group.rows.length })}
              </button>
            </td>
          </tr>`
        : nothing}
    </tbody>`;
  }

  /** The button goes away with the click, so focus moves on to the first row it revealed. */
  private async showAll(key: string, event: Event): Promise<void> {
    const body = (event.currentTarget as HTMLElement).closest("tbody");
    const shown = body?.querySelectorAll("tr[data-vendor]").length ?? 0;
    this.expanded = new Set(this.expanded).add(key);
    await this.updateComplete;
    body?.querySelectorAll<HTMLElement>("tr[data-vendor] > th")[shown]?.focus();
  }

  private renderRow(row: VendorRow, model: MapModel, texts: Texts) {
    const { vendor } = row;
    const name = texts.pick(vendor.name);
    const website = safeHref(vendor.website);
    const dpa = safeHref(vendor.dpa);
    const status =
      vendor.status === "disabled-but-listed" ? texts.t("disabled") : vendor.status === "planned" ? texts.t("planned") : "";
    return html`<tr part="row" class=${vendor.status === "disabled-but-listed" ? "disabled" : ""} data-vendor=${vendor.slug}>
      <th scope="row" tabindex="-1">
        ${website ? html`<a href=${website} rel="noopener noreferrer">${name}</a>` : name}
        ${status ? html`<span class="badge">${status}</span>` : nothing}
        ${vendor.legalName && vendor.legalName !== name ? html`<span class="legal">${vendor.legalName}</span>` : nothing}
      </th>
      <td data-label=${texts.t("colPurpose")}>
        ${row.purpose}
        ${row.onward.length
          ? html`<span class="onward">${texts.t("onward", { list: texts.list(row.onward.map((v) => texts.pick(v.name))) })}</span>`
          : nothing}
      </td>
      <td data-label=${texts.t("colCategories")}>
        <ul class="tags">
          ${categoryNames(row, model, texts).map((category) => html`<li>${category}</li>`)}
        </ul>
      </td>
      <td data-label=${texts.t("colLocations")}>${texts.list(countryNames(row, model, texts)) || texts.t("notStated")}</td>
      <td data-label=${texts.t("colSafeguard")} class="safeguard-${row.safeguard.kind}">${row.safeguardText}</td>
      <td data-label=${texts.t("colDpa")} class="dpa">
        ${dpa ? html`<a href=${dpa} rel="noopener noreferrer">${texts.t("colDpa")}<span class="sr"> ${name}</span></a>` : "–"}
      </td>
    </tr>`;
  }

  private renderFormer({ map }: PublicMapDocument, texts: Texts) {
    const former = map.vendors.filter((vendor) => vendor.status === "ended");
    if (!former.length) return nothing;
    const names = former.map((vendor) => texts.pick(vendor.name) + (vendor.until ? ` (${texts.date(vendor.until)})` : ""));
    return html`<p class="muted" part="former">${texts.t("former", { list: texts.list(names) })}</p>`;
  }

  private renderFeeds({ links }: PublicMapDocument, texts: Texts) {
    const base = this.src ? mapUrl(this.src) : document.baseURI;
    const feeds = (
      [
        ["Atom", links.atom],
        ["RSS", links.rss],
        ["JSON Feed", links.json],
      ] as const
    ).flatMap(([label, link]) => {
      const href = safeHref(link, base);
      return href ? [html`<a href=${href} rel="alternate">${label}</a>`] : [];
    });
    if (!feeds.length) return nothing;
    return html`<p class="feeds" part="feeds">${texts.t("feeds")} ${feeds}</p>`;
  }
}

customElements.get("datamap-vendor-table") ?? customElements.define("datamap-vendor-table", DatamapVendorTable);

declare global {
  interface HTMLElementTagNameMap {
    "datamap-vendor-table": DatamapVendorTable;
  }
}
