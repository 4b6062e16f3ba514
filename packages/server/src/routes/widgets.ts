import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { Route } from "./router.ts";
import { escapeHtml } from "../html.ts";

/** The self-contained widget bundle, built by `pnpm build` in packages/widgets. */
const bundleFile = new URL("../../../widgets/dist/datamap-widgets.js", import.meta.url);
export const widgetPath = "/widgets/datamap-widgets.js";

let cached: { mtime: number; body: Uint8Array<ArrayBuffer>; hash: string } | undefined;

async function bundle(): Promise<typeof cached> {
  const info = await stat(bundleFile).catch(() => undefined);
  if (!info) return undefined;
  if (cached?.mtime !== info.mtimeMs) {
    const body = new Uint8Array(await readFile(bundleFile));
    cached = { mtime: info.mtimeMs, body, hash: createHash("sha256").update(body).digest("hex").slice(0, 16) };
  }
  return cached;
}

/**
 * `GET /widgets/datamap-widgets.js`. With `?v=` set to the bundle's hash the answer may be cached
 * for a year; without (or with an old hash) for five minutes. Help pages on other origins load
 * it as a module script, which is a CORS request, hence `access-control-allow-origin: *`.
 */
async function widgetScript(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const found = await bundle();
  if (!found) {
    return new Response("The widget bundle is not built: run `pnpm build` (it writes packages/widgets/dist/datamap-widgets.js).\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "60" },
    });
  }
  const etag = `"${found.hash}"`;
  const headers = {
    "content-type": "text/javascript; charset=utf-8",
    "cache-control": url.searchParams.get("v") === found.hash ? "public, max-age=31536000, immutable" : "public, max-age=300",
    etag,
    "access-control-allow-origin": "*",
    "cross-origin-resource-policy": "cross-origin",
    "x-content-type-options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : found.body, { status: 200, headers });
}

/** The bundle's URL below `baseUrl`, versioned by its hash once it is built. */
export async function widgetScriptUrl(baseUrl: string): Promise<string> {
  const found = await bundle();
  return `${baseUrl.replace(/\/+$/, "")}${widgetPath}${found ? `?v=${found.hash}` : ""}`;
}


/** The page at `/`: both widgets on the server's own map, as a help page would embed them. */
export async function demoPage(baseUrl: string): Promise<string> {
  const base = escapeHtml(baseUrl.replace(/\/+$/, ""));
  const script = escapeHtml(await widgetScriptUrl(baseUrl));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>datamap: sub-processors and data flows</title>
<script type="module" src="${script}"></script>
<style>
  body { margin: 0; font: 16px/1.6 system-ui, sans-serif; color: #1c2530; background: #fff; }
  main { max-width: 1240px; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
  h1 { margin: 0 0 .25rem; font-size: 2rem; }
  h2 { margin: 2.5rem 0 .5rem; }
  p.lead { margin: 0 0 1.5rem; color: #5b6673; }
  code { background: #f4f6f8; padding: .1em .3em; border-radius: 4px; }
  @media (prefers-color-scheme: dark) { body { color: #e3e7ec; background: #14181d; } code { background: #1e242b; } p.lead { color: #a3adb9; } }
</style>
</head>
<body>
<main>
  <h1>Sub-processors</h1>
  <p class="lead">The outside companies that receive personal data, why, and where they process it. Served by this datamap server from its latest release.</p>
  <datamap-vendor-table src="${base}"></datamap-vendor-table>
  <h2>Data flows</h2>
  <p>Whose data goes through which of our systems to which vendor. Dashed lines leave the European Economic Area; select a box for details.</p>
  <datamap-flow-diagram src="${base}"></datamap-flow-diagram>
  <h2>Embed</h2>
  <p>Two lines put these on any page: <code>&lt;script type="module" src="${script}"&gt;&lt;/script&gt;</code> and <code>&lt;datamap-vendor-table src="${base}"&gt;&lt;/datamap-vendor-table&gt;</code>.</p>
</main>
</body>
</html>
`;
}

export const widgetRoutes: Route[] = [
  { method: "GET", path: widgetPath, handle: widgetScript },
  {
    method: "GET",
    path: "/",
    handle: async (request) =>
      new Response(await demoPage(new URL(request.url).origin), { headers: { "content-type": "text/html; charset=utf-8" } }),
  },
];
