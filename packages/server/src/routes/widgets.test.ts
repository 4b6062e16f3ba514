import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoPage, widgetRoute } from "./widgets.ts";

const built = existsSync(new URL("../../../widgets/dist/datamap-widgets.js", import.meta.url));
const get = (path: string, headers: Record<string, string> = {}) =>
  widgetRoute(new Request(`http://datamap.test${path}`, { headers }));

describe("widgetRoute", () => {
  it("leaves other paths alone", async () => {
    expect(await get("/graphql")).toBeUndefined();
    expect(await get("/widgets/other.js")).toBeUndefined();
  });

  it.runIf(!built)("says how to build the bundle when it is missing", async () => {
    const response = await get("/widgets/datamap-widgets.js");
    expect(response?.status).toBe(503);
    expect(await response?.text()).toContain("pnpm build");
  });

  it.runIf(built)("serves the bundle as JavaScript, for a year only under its hash, with an ETag", async () => {
    const response = await get("/widgets/datamap-widgets.js");
    expect(response?.status).toBe(200);
    expect(response?.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response?.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response?.headers.get("access-control-allow-origin")).toBe("*");
    const etag = response?.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(await response?.text()).toContain("datamap-vendor-table");
    const versioned = await get(`/widgets/datamap-widgets.js?v=${etag.slice(1, -1)}`);
    expect(versioned?.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const stale = await get("/widgets/datamap-widgets.js?v=0000000000000000");
    expect(stale?.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await get("/widgets/datamap-widgets.js", { "if-none-match": etag }))?.status).toBe(304);
  });
});

describe("demoPage", () => {
  it("embeds both widgets with the server itself as src", async () => {
    const html = await demoPage("https://datamap.example/");
    expect(html).toContain('<datamap-vendor-table src="https://datamap.example"></datamap-vendor-table>');
    expect(html).toContain('<datamap-flow-diagram src="https://datamap.example"></datamap-flow-diagram>');
    expect(html).toMatch(/<script type="module" src="https:\/\/datamap\.example\/widgets\/datamap-widgets\.js(\?v=[0-9a-f]{16})?"><\/script>/);
  });

  it("escapes the base URL", async () => {
    expect(await demoPage('https://x.example/"><script>')).not.toContain('"><script>');
  });
});
