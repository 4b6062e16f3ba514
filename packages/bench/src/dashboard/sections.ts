import { notes } from "../notes.ts";
import { count, ms, ratio, timing, verdict, type Section } from "../report.ts";
import type { DashboardResult } from "./measure.ts";

const target = 1.5;

export function dashboardSection(result: DashboardResult): Section {
  const { size, app, sql, statements, pages } = result;
  const grows = statements.large > statements.small;
  return {
    title: "Dashboard query",
    method: `Vendors → their incoming flows → categories and destination countries (the query in packages/bench/src/dashboard/queries.ts), all ${count(size.vendors)} vendors with ${count(size.flows)} flows in ${pages} pages of 500, through the real app (\`yoga.fetch\` with a reader's token, no socket) on the embedded database (PGlite on disk), against one hand-written SQL statement per page plus \`JSON.stringify\` on the same database. Runs alternate between the two.`,
    columns: ["measure", "hand-written SQL (baseline)", "datamap", "× baseline", "target", "runs"],
    rows: [
      ["whole dashboard", timing(sql), timing(app), ratio(app.median / sql.median), verdict(app.median / sql.median, target, "lower", ratio), `N=${app.runs}`],
      [
        `SQL statements per page: ${count(size.small.vendors)} vendors / ${count(size.small.flows)} flows → ${count(size.vendors)} / ${count(size.flows)}`,
        "1 → 1",
        `${statements.small} → ${statements.large}`,
        "",
        grows ? "✗ grows with the map" : "✓ does not grow",
        "",
      ],
    ],
    figures: { app: app.median, sql: sql.median, "statements small": statements.small, "statements large": statements.large },
    notes: app.median / sql.median > target ? [notes.dashboard] : [],
  };
}

/** The same work on both databases, so the README can say when PostgreSQL pays off. */
export function databasesSection(pglite: DashboardResult, postgres: DashboardResult | undefined): Section {
  const rows: [string, (result: DashboardResult) => number, (value: number) => string][] = [
    [`seeding ${count(pglite.size.vendors)} vendors and ${count(pglite.size.flows)} flows (one transaction)`, (result) => result.seed, ms],
    ["whole dashboard through the app, median", (result) => result.app.median, ms],
    ["whole dashboard by hand-written SQL, median", (result) => result.sql.median, ms],
    [`first dashboard page, ${pglite.size.concurrency} requests at once: pages per second`, (result) => result.throughput, (value) => `${value.toFixed(1)}/s`],
  ];
  return {
    title: "PGlite against PostgreSQL",
    method: postgres
      ? `The dashboard measure run twice in the same process: on PGlite (embedded, on disk) and on PostgreSQL (${postgres.kind === "postgres" ? "a fresh database on the local server over loopback" : ""}). The ratio is PGlite over PostgreSQL: above 1× PGlite takes longer (or, for throughput, serves more).`
      : "No PostgreSQL server answered (set BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres): only PGlite's figures.",
    columns: ["measure", "PGlite", "PostgreSQL", "PGlite ÷ PostgreSQL"],
    notes: postgres ? [whenToSwitch(pglite, postgres)] : [],
    rows: rows.map(([label, pick, format]) => [label, format(pick(pglite)), postgres ? format(pick(postgres)) : "–", postgres ? ratio(pick(pglite) / pick(postgres)) : "–"]),
    figures: Object.fromEntries(
      rows.flatMap(([label, pick], index) => [[`pglite ${index} ${label}`, pick(pglite)], ...(postgres ? [[`postgres ${index}`, pick(postgres)]] : [])]),
    ),
  };
}

function whenToSwitch(pglite: DashboardResult, postgres: DashboardResult): string {
  return (
    `**When to switch.** On the same map PostgreSQL answered the dashboard ${ratio(pglite.app.median / postgres.app.median)} faster through the app and served ` +
    `${ratio(postgres.throughput / pglite.throughput)} the pages per second with ${pglite.size.concurrency} requests at once. PGlite runs inside the server's own thread, ` +
    "one statement at a time, so requests queue behind each other and the server does nothing else meanwhile; PostgreSQL works in its own processes while the server goes on. " +
    "PGlite suits one team editing a map of some hundreds of vendors; move to PostgreSQL (DATABASE_URL) when several people or dashboards read at once, when maps reach thousands of vendors, or to run more than one replica."
  );
}
