import type { CORSOptions } from "graphql-yoga";

const graphqlPath = "/graphql";
const anonymousHeaders = ["content-type", "accept", "x-request-id"];

/**
 * Yoga's CORS options per request. Pages on any origin may call /graphql without a token (the
 * public map); only the origins in DATAMAP_CORS_ORIGINS may send a token. Tokens are bearer
 * headers, never cookies, so credentials stay off. Other routes answer with their own
 * `Access-Control-Allow-Origin: *` (public JSON, feeds, widget script), left as they are.
 */
export function corsPolicy(allowedOrigins: string[]): (request: Request) => CORSOptions {
  const allowed = new Set(allowedOrigins);
  return (request) => {
    const origin = request.headers.get("origin");
    const path = new URL(request.url).pathname;
    if (!origin) return false;
    if (path !== graphqlPath) {
      return request.method === "OPTIONS" ? { origin: [origin], methods: ["GET", "HEAD"], allowedHeaders: ["if-none-match"], credentials: false, maxAge: 86400 } : false;
    }
    const withTokens = allowed.has(origin) || origin === new URL(request.url).origin;
    return {
      origin: [origin],
      methods: ["GET", "POST"],
      allowedHeaders: withTokens ? [...anonymousHeaders, "authorization"] : anonymousHeaders,
      exposedHeaders: ["retry-after"],
      credentials: false,
      maxAge: 600,
    };
  };
}
