import type { Prisma, PrismaClient, Role } from "../generated/prisma/client.ts";
import { mintToken } from "./tokens.ts";

type Tx = Prisma.TransactionClient | PrismaClient;

export interface NewToken {
  name: string;
  role: Role;
  expiresAt?: Date | null;
  createdBy?: string | null;
}

/** Creates a token and returns it whole, the only time it is ever seen. */
export async function createToken(tx: Tx, { name, role, expiresAt = null, createdBy = null }: NewToken) {
  const minted = mintToken();
  const row = await tx.apiToken.create({ data: { id: minted.id, name, role, secretHash: minted.secretHash, expiresAt, createdBy } });
  return { token: minted.token, row };
}
