import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Tokens read "dm_<id>_<secret>". The id finds the row; the secret is compared, as a sha256,
 * in constant time. Neither the secret nor the whole token is ever stored.
 */
export interface MintedToken {
  id: string;
  token: string;
  secretHash: string;
}

const shape = /^dm_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function mintToken(): MintedToken {
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { id, token: `dm_${id}_${secret}`, secretHash: sha256(secret) };
}

export function parseToken(token: string): { id: string; secret: string } | undefined {
  const match = shape.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

export function secretMatches(secret: string, secretHash: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(secret), "hex"), Buffer.from(secretHash, "hex"));
}

/** For the DATAMAP_ADMIN_TOKEN bootstrap secret, which has no row. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(given), "hex"), Buffer.from(sha256(expected), "hex"));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
