import { createHash } from "node:crypto";

// Where yoga's GraphiQL loads its editor from; nowhere else is allowed.
const graphiqlCdn = "https://unpkg.com";

const hashes = (html: string, tag: "script" | "style") =>
  [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi"))]
    .filter(([, attributes = ""]) => !/\ssrc=/i.test(attributes))
    .map(([, , body = ""]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);

/**
 * A Content-Security-Policy for one HTML page: scripts and styles from this server plus the
 * page's own inline blocks by hash, so nothing injected into a page can run. The widgets style
 * themselves with constructed stylesheets, which need no allowance. GraphiQL's editor also
 * needs its CDN, blob: workers and inline styles it adds at run time.
 */
export function contentSecurityPolicy(html: string): string {
  const graphiql = html.includes(`${graphiqlCdn}/@graphql-yoga/graphiql`);
  const scripts = ["'self'", ...hashes(html, "script"), ...(graphiql ? [graphiqlCdn] : [])];
  const styles = ["'self'", ...(graphiql ? [graphiqlCdn, "'unsafe-inline'"] : hashes(html, "style"))];
  const directives: Record<string, string[]> = {
    "default-src": ["'none'"],
    "script-src": scripts,
    "style-src": styles,
    "img-src": ["'self'", "data:", ...(graphiql ? ["https://raw.githubusercontent.com"] : [])],
    "font-src": ["'self'", "data:", ...(graphiql ? [graphiqlCdn] : [])],
    "connect-src": ["'self'", ...(graphiql ? [graphiqlCdn] : [])],
    "worker-src": graphiql ? ["blob:"] : ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}
