export { createApp, type App } from "./yoga.ts";
export { serve } from "./serve.ts";
