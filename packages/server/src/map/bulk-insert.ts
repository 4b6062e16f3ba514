import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

interface Tables {
  Node: Prisma.NodeCreateManyInput;
  Flow: Prisma.FlowCreateManyInput;
  AuditEntry: Prisma.AuditEntryCreateManyInput;
}

/** Rows per statement: one JSON parameter each, so PostgreSQL's limit of bind values never applies. */
const rowsPerStatement = 1000;

/**
 * Inserts many rows through one JSON parameter per statement; PostgreSQL turns each field into
 * its column's type (enums, arrays, dates, jsonb). Prisma's createMany spends milliseconds per row
 * building parameters, which made a 10,000-vendor import take over a minute; this takes seconds.
 * Columns with a default (id, createdAt, version) are left to the database.
 */
export async function bulkInsert<T extends keyof Tables>(tx: Tx, table: T, rows: readonly Tables[T][], onRows: (count: number) => void = () => {}): Promise<void> {
  if (rows.length === 0) return;
  const updatedAt = table === "AuditEntry" ? {} : { updatedAt: new Date() };
  const names = new Set(Object.keys(updatedAt));
  for (const row of rows) for (const name of Object.keys(row)) names.add(name);
  const columns = [...names].map((name) => `"${name}"`).join(", ");
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement).map((row) => ({ ...row, ...updatedAt }));
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(chunk));
    onRows(chunk.length);
  }
}
