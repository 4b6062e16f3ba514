import { GraphQLError } from "graphql";
import { authenticate } from "../auth/authenticate.ts";
import { atLeast } from "../auth/roles.ts";
import { db } from "../db/index.ts";
import { ropaCsv } from "../exports/ropa-csv.ts";
import { ropaHtml } from "../exports/ropa-html.ts";
import { ropaRecords, type RopaRecordKind } from "../exports/ropa-table.ts";
import { ropaXlsx } from "../exports/ropa-xlsx.ts";
import { loadMap } from "../map/store.ts";
import type { Route } from "./router.ts";

const problem = (status: number, error: string) =>
  new Response(JSON.stringify({ error }), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

/** The draft's records hold internal vendors and notes: readers only, and never cached by proxies. */
async function guarded(request: Request, render: () => Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string; file: string }>): Promise<Response> {
  // reader role: the same bearer tokens as GraphQL (issue 3).
  try {
    const actor = await authenticate(request.headers.get("authorization"));
    if (!actor) return problem(401, 'Sign in: send a token as "Authorization: Bearer <token>".');
    if (!atLeast(actor.role, "READER")) return problem(403, `The ${actor.role.toLowerCase()} role may not read exports.`);
  } catch (error) {
    if (error instanceof GraphQLError) return problem(401, error.message);
    throw error;
  }
  const { body, type, file } = await render();
  return new Response(request.method === "HEAD" ? null : body, {
    headers: { "content-type": type, "content-disposition": `${type.startsWith("text/html") ? "inline" : "attachment"}; filename="${file}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
}

const today = () => new Date().toISOString().slice(0, 10);

/** Records of processing activities (Art. 30) of the draft map; `?record=processor` for Art. 30(2) as CSV. */
export const exportRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/exports/ropa.csv",
    handle: (request) => {
      const record = new URL(request.url).searchParams.get("record") ?? "controller";
      if (!(ropaRecords as readonly string[]).includes(record)) return problem(400, `record must be one of ${ropaRecords.join(", ")}.`);
      return guarded(request, async () => ({ body: ropaCsv(await loadMap(db()), record as RopaRecordKind), type: "text/csv; charset=utf-8", file: `ropa-${record}-${today()}.csv` }));
    },
  },
  {
    method: "GET",
    path: "/api/exports/ropa.xlsx",
    handle: (request) =>
      guarded(request, async () => ({
        body: new Uint8Array(await ropaXlsx(await loadMap(db()))),
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file: `ropa-${today()}.xlsx`,
      })),
  },
  {
    method: "GET",
    path: "/api/exports/ropa.html",
    handle: (request) => guarded(request, async () => ({ body: ropaHtml(await loadMap(db())), type: "text/html; charset=utf-8", file: `ropa-${today()}.html` })),
  },
];
