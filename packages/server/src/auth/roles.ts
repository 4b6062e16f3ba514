import type { Role } from "../generated/prisma/enums.ts";

/** Each role can do everything the roles before it can. */
export const roles = ["READER", "EDITOR", "PUBLISHER", "ADMIN"] as const satisfies readonly Role[];

export const atLeast = (role: Role | undefined, needed: Role) =>
  role !== undefined && roles.indexOf(role) >= roles.indexOf(needed);

/** Who is calling: a token's name and role, or the bootstrap admin of DATAMAP_ADMIN_TOKEN. */
export interface Actor {
  name: string;
  role: Role;
  tokenId: string | null;
}
