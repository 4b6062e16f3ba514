import { db } from "../db/index.ts";
import { UnauthenticatedError } from "../schema/errors.ts";
import type { Actor } from "./roles.ts";
import { parseToken, sameSecret, secretMatches } from "./tokens.ts";

// lastUsedAt is a hint for admins, not a log; writing it once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The actor behind an Authorization header; null for anonymous callers. A bad token is an error. */
export async function authenticate(header: string | null, bootstrapSecret = process.env.DATAMAP_ADMIN_TOKEN): Promise<Actor | null> {
  if (!header) return null;
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) throw new UnauthenticatedError('Send the token as "Authorization: Bearer <token>".');
  if (bootstrapSecret && sameSecret(token, bootstrapSecret)) return { name: "DATAMAP_ADMIN_TOKEN", role: "ADMIN", tokenId: null };

  const parsed = parseToken(token);
  const row = parsed ? await db().apiToken.findUnique({ where: { id: parsed.id } }) : null;
  if (!parsed || !row || !secretMatches(parsed.secret, row.secretHash)) throw new UnauthenticatedError("The token is not valid.");
  if (row.revokedAt) throw new UnauthenticatedError(`The token "${row.name}" was revoked.`);
  const now = new Date();
  if (row.expiresAt && row.expiresAt <= now) throw new UnauthenticatedError(`The token "${row.name}" expired at ${row.expiresAt.toISOString()}.`);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { name: row.name, role: row.role, tokenId: row.id };
}
