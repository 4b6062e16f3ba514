import { afterEach, describe, expect, inject, it } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { audit, cleanup, fixture, mount, root, snapshot } from "../test/helpers.ts";
import type { DatamapVendorTable } from "./vendor-table.ts";

const names = (table: DatamapVendorTable) =>
  [...root(table).querySelectorAll("tbody tr[data-vendor] th")].map((cell) => (cell.querySelector("a") ?? cell).textContent?.trim() ?? "");
const groups = (table: DatamapVendorTable) =>
  [...root(table).querySelectorAll("tr.group th")].map((heading) => heading.textContent?.trim());
const text = (table: DatamapVendorTable) => root(table).textContent?.replace(/\s+/g, " ") ?? "";

afterEach(cleanup);

const seedOrder = [
  "Amazon Web Services",
  "Wirecard",
  "Matomo",
  "Google AdWords",
  "Twitter",
  "Intercom",
  "MailChimp",
  "Postmark",
  "Statuspage",
  "Recruitee",
  "MaxMind",
  "Trello",
  "Gravatar",
  "Ecovis",
  "Google Drive",
  "YouTube",
  "Google Forms",
  "KeyCDN",
];

describe("<datamap-vendor-table>", () => {
  it("renders the 18 vendors of the inline document, grouped by function in the page's order", async () => {
    const table = await mount("datamap-vendor-table");
    expect(names(table)).toEqual(seedOrder);
    expect(groups(table)).toEqual([
      "Cloud hosting & data centers",
      "Payment processing",
      "Usage statistics",
      "Marketing & tracking",
      "Client communication",
      "Status updates",
      "Recruitment software",
      "Account meta data",
      "Internal case management",
      "Account profile pictures",
      "Accounting",
      "Embedded content",
      "Content Delivery Network",
    ]);
    expect(root(table).querySelector("caption")?.textContent).toBe("Sub-processors of fortrabbit GmbH");
    expect((root(table).querySelector("[part=release]") as HTMLElement).innerText).toMatch(/Release 7 · Last updated 5 October 2026/);
  });

  it("shows each column: linked name, purpose, categories, locations, safeguard and DPA", async () => {
    const table = await mount("datamap-vendor-table");
    const intercom = root(table).querySelector('tr[data-vendor="intercom"]');
    const cells = [...(intercom?.querySelectorAll("td") ?? [])].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, " ").trim());
    expect(intercom?.querySelector("th a")?.getAttribute("href")).toBe("https://www.intercom.com/");
    expect(cells).toEqual([
      "Support chat and help desk.",
      "Name E-mail address Device ID Approximate location Organization",
      "United States",
      "EU–US Data Privacy Framework",
      "DPA Intercom",
    ]);
    const cell = (slug: string, column: number) =>
      root(table).querySelectorAll(`tr[data-vendor="${slug}"] td`)[column]?.textContent?.trim();
    expect(cell("wirecard", 3)).toBe("Within the EEA");
    expect(cell("gravatar", 3)).toBe("None stated");
    expect(cell("aws", 2)).toBe("Ireland, Germany and United States");
    expect(cell("statuspage", 0)).toMatch(/Passes data on to Twilio/);
  });

  it("marks disabled-but-listed vendors and leaves ended ones to a note", async () => {
    const document = fixture();
    const ended = document.map.vendors.find((vendor) => vendor.slug === "trello");
    if (ended) Object.assign(ended, { status: "ended", until: "2026-06-30" });
    const table = await mount("datamap-vendor-table", {}, document);
    const twitter = root(table).querySelector('tr[data-vendor="twitter"]');
    expect(twitter?.classList.contains("disabled")).toBe(true);
    expect(twitter?.querySelector(".badge")?.textContent).toBe("Currently disabled");
    expect(names(table)).not.toContain("Trello");
    expect(root(table).querySelector("[part=former]")?.textContent).toBe("No longer used: Trello (30 June 2026).");
  });

  it("renders from a live server", async () => {
    const src = inject("datamapServer");
    const table = await mount("datamap-vendor-table", { src }, null);
    expect(names(table)).toHaveLength(18);
    const feeds = [...root(table).querySelectorAll("[part=feeds] a")].map((link) => link.textContent);
    expect(feeds).toEqual(["Atom", "RSS", "JSON Feed"]);
  });

  it("shows an error when the server has no map", async () => {
    const table = document.createElement("datamap-vendor-table");
    table.src = `${inject("fixtureServer")}/nowhere`;
    const failed = new Promise((resolve) => table.addEventListener("datamap-error", resolve, { once: true }));
    document.body.append(table);
    await failed;
    expect(text(table)).toContain("The list could not be loaded.");
  });

  it("groups by country and not at all", async () => {
    const table = await mount("datamap-vendor-table", { "group-by": "country" });
    expect(groups(table)).toEqual(["Germany", "Ireland", "Netherlands", "Switzerland", "United States"]);
    expect(root(table).querySelectorAll("tbody")[0]?.textContent).toContain("Wirecard");
    table.groupBy = "none";
    await table.updateComplete;
    expect(groups(table)).toEqual([]);
    expect(names(table)).toEqual(seedOrder);
  });

  describe("a long group", () => {
    /** The fixture with 30 more hosting vendors: its first group is then 31 rows long. */
    const long = () => {
      const document_ = fixture();
      const aws = document_.map.vendors[0];
      if (!aws) throw new Error("no AWS in the fixture");
      for (let n = 1; n <= 30; n++) document_.map.vendors.push({ ...aws, slug: `host-${n}`, name: { en: `Host ${n}` }, legalName: undefined });
      return document_;
    };
    const showAll = (table: DatamapVendorTable) => root(table).querySelector<HTMLElement>("[part=show-all]");

    it("shows its first rows and a button for the rest, which then takes focus to the first row it revealed", async () => {
      const table = await mount("datamap-vendor-table", {}, long());
      expect(names(table)).toHaveLength(10 + 17);
      expect(names(table)).not.toContain("Host 30");
      const button = showAll(table);
      expect(button?.textContent?.trim()).toBe("Show all 31 vendors");
      expect(root(table).getElementById(button?.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Cloud hosting & data centers");
      button?.focus();
      await userEvent.keyboard("{Enter}");
      expect(names(table)).toHaveLength(31 + 17);
      expect(showAll(table)).toBeNull();
      expect(root(table).activeElement?.textContent?.trim()).toBe("Host 10");
      expect(await audit(table)).toEqual([]);
    });

    it("is searched in full", async () => {
      const table = await mount("datamap-vendor-table", {}, long());
      await userEvent.fill(page.elementLocator(root(table).querySelector("input[type=search]") as HTMLElement), "host 30");
      expect(names(table)).toEqual(["Host 30"]);
    });

    it("prints in full", async () => {
      const table = await mount("datamap-vendor-table", { "group-by": "none" }, long());
      expect(names(table)).toHaveLength(10);
      window.dispatchEvent(new Event("beforeprint"));
      await table.updateComplete;
      expect(names(table)).toHaveLength(48);
      expect(showAll(table)).toBeNull();
      window.dispatchEvent(new Event("afterprint"));
      await table.updateComplete;
      expect(names(table)).toHaveLength(10);
    });

    it("starts short again when the rows are grouped another way", async () => {
      const table = await mount("datamap-vendor-table", {}, long());
      showAll(table)?.click();
      await table.updateComplete;
      table.groupBy = "none";
      await table.updateComplete;
      expect(names(table)).toHaveLength(10);
    });
  });

  it("searches names, purposes, data and countries", async () => {
    const table = await mount("datamap-vendor-table");
    await userEvent.fill(page.elementLocator(root(table).querySelector("input[type=search]") as HTMLElement), "chimp");
    expect(names(table)).toEqual(["MailChimp"]);
    await userEvent.fill(page.elementLocator(root(table).querySelector("input[type=search]") as HTMLElement), "phone number");
    expect(names(table)).toEqual(["Statuspage", "Recruitee"]);
    expect(root(table).querySelector("[part=controls] [role=status]")?.textContent).toBe("2 of 18 vendors shown");
    await userEvent.fill(page.elementLocator(root(table).querySelector("input[type=search]") as HTMLElement), "zzz");
    expect(text(table)).toContain("No vendor matches your search.");
  });

  it("filters by data category and by country", async () => {
    const table = await mount("datamap-vendor-table");
    const [category, country] = root(table).querySelectorAll("select");
    await userEvent.selectOptions(page.elementLocator(category as HTMLElement), "user.financial.bank_account");
    expect(names(table)).toEqual(["Amazon Web Services", "Ecovis", "Google Drive"]);
    await userEvent.selectOptions(page.elementLocator(category as HTMLElement), "");
    await userEvent.selectOptions(page.elementLocator(country as HTMLElement), "CH");
    expect(names(table)).toEqual(["KeyCDN"]);
    table.country = "";
    table.category = "user.contact";
    await table.updateComplete;
    expect(names(table)).toContain("Statuspage");
    expect(names(table)).not.toContain("KeyCDN");
  });

  it("sorts by a column with aria-sort, by mouse and by keyboard", async () => {
    const table = await mount("datamap-vendor-table", { "group-by": "none" });
    const header = () => root(table).querySelector("thead th") as HTMLElement;
    const button = header().querySelector("button") as HTMLElement;
    expect(header().hasAttribute("aria-sort")).toBe(false);
    await userEvent.click(page.elementLocator(button));
    expect(header().getAttribute("aria-sort")).toBe("ascending");
    expect(names(table)).toEqual([...seedOrder].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(header().getAttribute("aria-sort")).toBe("descending");
    expect(names(table)[0]).toBe("YouTube");
    const safeguard = root(table).querySelectorAll("thead th")[4] as HTMLElement;
    await userEvent.click(page.elementLocator(safeguard.querySelector("button") as HTMLElement));
    expect(safeguard.getAttribute("aria-sort")).toBe("ascending");
    expect(header().hasAttribute("aria-sort")).toBe(false);
  });

  it("speaks German, from the locale attribute or from <html lang>", async () => {
    document.documentElement.lang = "de-DE";
    const table = await mount("datamap-vendor-table");
    expect(root(table).querySelector("caption")?.textContent).toBe("Unterauftragsverarbeiter von fortrabbit GmbH");
    expect(groups(table)[0]).toBe("Cloud-Hosting & Rechenzentren");
    expect((root(table).querySelector("[part=release]") as HTMLElement).innerText).toMatch(/Version 7 · Zuletzt aktualisiert am 5. Oktober 2026/);
    expect(root(table).querySelectorAll('tr[data-vendor="aws"] td')[2]?.textContent?.trim()).toBe("Irland, Deutschland und Vereinigte Staaten");
    expect(text(table)).toContain("Anstehende Änderungen");
    table.locale = "en";
    await table.updateComplete;
    expect(groups(table)[0]).toBe("Cloud hosting & data centers");
  });

  it("highlights upcoming changes only while their notice period runs", async () => {
    const table = await mount("datamap-vendor-table");
    const upcoming = root(table).querySelector("[part=upcoming]");
    expect(upcoming?.textContent).toMatch(/Release 8 takes effect on/);
    expect([...(upcoming?.querySelectorAll("li") ?? [])].map((item) => item.textContent)).toEqual([
      "Vendor added: Mailgun (United States), for transactional e-mails",
      "Vendor removed: Postmark",
    ]);
    cleanup();
    const past = fixture();
    for (const change of past.upcoming) change.effectiveAt = "2026-01-01T00:00:00.000Z";
    const later = await mount("datamap-vendor-table", {}, past);
    expect(root(later).querySelector("[part=upcoming]")).toBeNull();
  });

  it("registers defensively: a second copy of the module does not throw", async () => {
    const original = customElements.get("datamap-vendor-table");
    const copy = "./vendor-table.ts?copy";
    const module = (await import(/* @vite-ignore */ copy)) as typeof import("./vendor-table.ts");
    expect(module.DatamapVendorTable).not.toBe(original);
    expect(customElements.get("datamap-vendor-table")).toBe(original);
  });

  it("shows a hostile vendor name as text, in both widgets, and runs nothing", async () => {
    const document_ = fixture();
    const hostile = "<img src=x onerror=alert(1)>";
    const aws = document_.map.vendors[0];
    if (aws) Object.assign(aws, { name: { en: hostile }, website: "javascript:alert(1)", dpa: "javascript:alert(2)" });
    const alerts: unknown[] = [];
    const original = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    try {
      const table = await mount("datamap-vendor-table", {}, document_);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const cell = root(table).querySelector('tr[data-vendor="aws"] th');
      expect(cell?.textContent).toContain(hostile);
      expect(root(table).querySelector("img")).toBeNull();
      expect(root(table).querySelector('a[href^="javascript"]')).toBeNull();
      const diagram = await mount("datamap-flow-diagram", {}, document_);
      expect(root(diagram).querySelector('g.node[data-node="aws"] text')?.textContent).toBe(hostile);
      expect(root(diagram).querySelector("img")).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alerts).toEqual([]);
    } finally {
      window.alert = original;
    }
  });

  it("contacts only src's origin and writes no cookie or storage", async () => {
    const src = inject("fixtureServer");
    await commands.requestLog("start");
    const table = await mount("datamap-vendor-table", { src }, null);
    const live = await mount("datamap-flow-diagram", { src }, null);
    const requests = await commands.requestLog("take");
    expect(names(table)).toHaveLength(18);
    expect(live).toBeTruthy();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== new URL(src).origin)).toEqual([]);
    expect(await commands.storageState()).toEqual({ cookies: 0, localStorage: 0 });
    expect([document.cookie, localStorage.length, sessionStorage.length]).toEqual(["", 0, 0]);
  });

  it("makes no request at all with inline data", async () => {
    await commands.requestLog("start");
    await mount("datamap-vendor-table");
    await mount("datamap-flow-diagram");
    expect(await commands.requestLog("take")).toEqual([]);
  });

  it("passes an axe-core audit, in English and German", async () => {
    const table = await mount("datamap-vendor-table");
    expect(await audit(table)).toEqual([]);
    table.locale = "de";
    await table.updateComplete;
    expect(await audit(table)).toEqual([]);
  });

  it("stacks into cards when narrow", async () => {
    const table = await mount("datamap-vendor-table");
    (table.parentElement as HTMLElement).style.width = "400px";
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(root(table).querySelector("tbody td") as HTMLElement).display).toBe("grid");
  });

  it("saves screenshots: 1200×800 light and dark, and as cards on a phone", async () => {
    await page.viewport(1200, 800);
    const table = await mount("datamap-vendor-table");
    await snapshot("vendor-table");
    await commands.colorScheme("dark");
    await snapshot("vendor-table-dark");
    await commands.colorScheme("light");
    await page.viewport(390, 844);
    await snapshot("vendor-table-narrow");
    expect(getComputedStyle(root(table).querySelector("tbody td") as HTMLElement).display).toBe("grid");
  });
});
