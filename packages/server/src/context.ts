import type { YogaInitialContext } from "graphql-yoga";
import type { Actor } from "./auth/roles.ts";

/** What each request adds to yoga's own context. */
export interface RequestContext {
  requestId: string;
  /** null for anonymous callers. */
  actor: Actor | null;
  /** Non-fatal notes for the caller, returned in the response's `extensions.warnings`. */
  warnings: string[];
}

export type Context = YogaInitialContext & RequestContext;
