import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlQueryable } from "@prisma/driver-adapter-utils";

export type StatementListener = (sql: string) => void;

const listeners = new Set<StatementListener>();

/** Hears every SQL statement Prisma sends; returns how to stop. Used by tests and metrics. */
export function onStatement(listener: StatementListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function observed<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query: SqlQuery) => (notify(query.sql), queryRaw(query));
  queryable.executeRaw = (query: SqlQuery) => (notify(query.sql), executeRaw(query));
  return queryable;
}

function notify(sql: string): void {
  for (const listener of listeners) listener(sql);
}

/** Wraps an adapter factory so that statements in and out of transactions are observed. */
export function instrument<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: SqlDriverAdapter = observed(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => observed(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}
