import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { useApp } from "./harness.ts";
import { smallMap } from "./fixtures.ts";

const api = useApp(smallMap);
const get = (path: string, headers: Record<string, string> = {}) => api.app.fetch(`http://datamap.test${path}`, { headers });

beforeAll(() => {
  const built = existsSync(new URL("../../widgets/dist/datamap-widgets.js", import.meta.url));
  if (!built) throw new Error("The widget bundle is missing: run `pnpm build` (pnpm test does it first).");
});

describe("the widget bundle", () => {
  it("is served as JavaScript, cached for a year only under its hash, with an ETag", async () => {
    const response = await get("/widgets/datamap-widgets.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(await response.text()).toContain("datamap-vendor-table");
    const versioned = await get(`/widgets/datamap-widgets.js?v=${etag.slice(1, -1)}`);
    expect(versioned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const stale = await get("/widgets/datamap-widgets.js?v=0000000000000000");
    expect(stale.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await get("/widgets/datamap-widgets.js", { "if-none-match": etag })).status).toBe(304);
  });
});

describe("the demo page", () => {
  it("embeds both widgets with the server itself as src, under the versioned bundle", async () => {
    const response = await get("/");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<datamap-vendor-table src="http://datamap.test"></datamap-vendor-table>');
    expect(html).toContain('<datamap-flow-diagram src="http://datamap.test"></datamap-flow-diagram>');
    expect(html).toMatch(/<script type="module" src="http:\/\/datamap\.test\/widgets\/datamap-widgets\.js\?v=[0-9a-f]{16}"><\/script>/);
  });
});
