import { Command, Option } from "commander";
import { roles } from "../auth/roles.ts";
import { createToken } from "../auth/token-store.ts";
import { closeDatabase, db, openDatabase, resolveDatabaseTarget } from "../db/index.ts";
import type { Role } from "../generated/prisma/enums.ts";
import { CommandError } from "./errors.ts";

async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  await openDatabase(resolveDatabaseTarget());
  try {
    return await work();
  } finally {
    await closeDatabase();
  }
}

export function tokenCommand(program: Command): void {
  const token = program.command("token").description("Create, list and revoke API tokens (the first admin token comes from here).");

  token
    .command("create")
    .description("Create a token and print it; it is shown only this once.")
    .requiredOption("--name <name>", "who uses it, e.g. dashboard")
    .addOption(new Option("--role <role>", "what it may do").choices(roles.map((role) => role.toLowerCase())).makeOptionMandatory())
    .option("--expires <date>", "when it stops working (YYYY-MM-DD or ISO 8601)")
    .action(async (options: { name: string; role: string; expires?: string }) => {
      const expiresAt = options.expires ? new Date(options.expires) : null;
      if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt <= new Date())) {
        throw new CommandError(`--expires must be a date in the future (got "${options.expires}").`);
      }
      const created = await withDatabase(() =>
        createToken(db(), { name: options.name, role: options.role.toUpperCase() as Role, expiresAt, createdBy: "datamap token create" }),
      );
      console.log(created.token);
      console.error(`Token "${created.row.name}" (${created.row.role.toLowerCase()}, id ${created.row.id}). Keep it secret: it is not stored.`);
    });

  token
    .command("list")
    .description("List tokens: id, name, role, last use; never their secrets.")
    .action(async () => {
      const rows = await withDatabase(() => db().apiToken.findMany({ orderBy: { createdAt: "asc" } }));
      for (const row of rows) {
        const state = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= new Date() ? "expired" : "active";
        console.log([row.id, row.name, row.role.toLowerCase(), state, row.lastUsedAt?.toISOString() ?? "never used"].join("\t"));
      }
    });

  token
    .command("revoke")
    .description("Revoke a token by its id.")
    .argument("<id>", "the id printed by `token create` or `token list`")
    .action(async (id: string) => {
      const revoked = await withDatabase(async () => {
        const row = await db().apiToken.findUnique({ where: { id } });
        if (!row) throw new CommandError(`No token with id "${id}"; see \`datamap token list\`.`);
        return db().apiToken.update({ where: { id }, data: { revokedAt: row.revokedAt ?? new Date() } });
      });
      console.log(`Revoked "${revoked.name}".`);
    });
}
