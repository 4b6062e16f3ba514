import { syntheticMap } from "@datamap/core";
import { createApp, createLogger, createToken, db, onStatement, seedMap, type App } from "@datamap/server";
import { openFreshDatabase, type DatabaseKind } from "../database.ts";
import { timePair, type Sample } from "../stats.ts";
import { dashboardByApp, dashboardBySql, dashboardPage, tally } from "./queries.ts";

export interface DashboardSize {
  vendors: number;
  flows: number;
  /** A smaller map, to show that the statements per request do not grow. */
  small: { vendors: number; flows: number };
  runs: number;
  /** Requests in flight at once, for the throughput figure. */
  concurrency: number;
}

export interface DashboardResult {
  kind: DatabaseKind;
  size: DashboardSize;
  seed: number;
  app: Sample;
  sql: Sample;
  pages: number;
  /** SQL statements of one page's request, on the small map and on the full one. */
  statements: { small: number; large: number };
  /** Dashboard pages per second with `concurrency` requests in flight. */
  throughput: number;
}

/** Seeds a fresh database of `kind` and times the dashboard through the app and by hand. */
export async function measureDashboard(kind: DatabaseKind, size: DashboardSize): Promise<DashboardResult> {
  const drop = await openFreshDatabase(kind);
  const app = createApp({ logger: createLogger("silent") });
  try {
    const { token } = await createToken(db(), { name: "bench", role: "READER" });
    await seedMap(db(), syntheticMap({ ...size.small, seed: 9 }));
    const small = await statementsPerPage(app, token);
    await wipe();
    const seedStart = performance.now();
    await seedMap(db(), syntheticMap({ vendors: size.vendors, flows: size.flows, seed: 9 }));
    const seed = performance.now() - seedStart;
    const large = await statementsPerPage(app, token);

    const [byApp, bySql] = [tally(await dashboardByApp(app, token)), tally(await dashboardBySql())];
    if (byApp.vendors !== size.vendors || byApp.vendors !== bySql.vendors || byApp.flows !== bySql.flows) {
      throw new Error(`the app and the SQL baseline disagree: ${JSON.stringify({ byApp, bySql })}`);
    }
    const [appSample, sqlSample] = await timePair(() => dashboardByApp(app, token), dashboardBySql, { runs: size.runs });
    const pages = (await dashboardByApp(app, token)).length;
    const throughput = await pagesPerSecond(app, token, size);
    return { kind, size, seed, app: appSample, sql: sqlSample, pages, statements: { small, large }, throughput };
  } finally {
    await app.dispose();
    await drop();
  }
}

async function statementsPerPage(app: App, token: string): Promise<number> {
  await dashboardByApp(app, token); // the token's first use also records when it was last used
  let statements = 0;
  const stop = onStatement(() => statements++);
  try {
    await dashboardPage(app, token, null);
  } finally {
    stop();
  }
  return statements;
}

async function pagesPerSecond(app: App, token: string, { runs, concurrency }: DashboardSize): Promise<number> {
  const rounds = Math.ceil(runs / 3);
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    await Promise.all(Array.from({ length: concurrency }, () => dashboardPage(app, token, null)));
  }
  return (rounds * concurrency) / ((performance.now() - start) / 1000);
}

async function wipe(): Promise<void> {
  await db().$transaction([db().flow.deleteMany(), db().node.deleteMany(), db().functionGroup.deleteMany(), db().setting.deleteMany()]);
}
