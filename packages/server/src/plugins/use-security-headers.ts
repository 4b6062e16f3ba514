import type { Plugin } from "graphql-yoga";
import { contentSecurityPolicy } from "../http/csp.ts";

/** On every response, the public documents answered ahead of yoga too. */
export const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

const onPages = {
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** Safe defaults on every response, and a CSP fitted to each HTML page (the demo page, GraphiQL). */
export function useSecurityHeaders(): Plugin {
  return {
    async onResponse({ response, setResponse, fetchAPI }) {
      for (const [name, value] of Object.entries(securityHeaders)) if (!response.headers.has(name)) response.headers.set(name, value);
      if (!response.headers.get("content-type")?.startsWith("text/html") || !response.body) return;
      const html = await response.text();
      const headers = new Headers(response.headers);
      for (const [name, value] of Object.entries(onPages)) headers.set(name, value);
      headers.set("content-security-policy", contentSecurityPolicy(html));
      headers.delete("content-length");
      setResponse(new fetchAPI.Response(html, { status: response.status, statusText: response.statusText, headers }));
    },
  };
}
