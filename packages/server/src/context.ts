import type { YogaInitialContext } from "graphql-yoga";

/** What each request adds to yoga's own context. */
export interface RequestContext {
  requestId: string;
}

export type Context = YogaInitialContext & RequestContext;
