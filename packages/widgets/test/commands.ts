import type { Request } from "playwright";
import type { BrowserCommand } from "vitest/node";

const logs = new Map<string, { urls: string[]; stop: () => void }>();

/**
 * `requestLog("start")` records every request the browser page makes (all frames, as Playwright
 * sees them leave the browser); `requestLog("take")` stops and returns the URLs since the start.
 */
export const requestLog: BrowserCommand<["start" | "take"]> = ({ page, sessionId }, action) => {
  logs.get(sessionId)?.stop();
  if (action === "take") return logs.get(sessionId)?.urls ?? [];
  const urls: string[] = [];
  const record = (request: Request) => urls.push(request.url());
  page.on("request", record);
  logs.set(sessionId, { urls, stop: () => page.off("request", record) });
  return [];
};

/** Cookies of the whole browser context and the local storage Playwright sees, for the privacy tests. */
export const storageState: BrowserCommand<[]> = async ({ context }) => {
  const state = await context.storageState();
  return { cookies: state.cookies.length, localStorage: state.origins.flatMap((origin) => origin.localStorage).length };
};

/** Emulates the reader's colour scheme, for the dark-mode screenshots. */
export const colorScheme: BrowserCommand<["light" | "dark"]> = async ({ page }, scheme) => {
  await page.emulateMedia({ colorScheme: scheme });
};

declare module "vitest/browser" {
  interface BrowserCommands {
    colorScheme: (scheme: "light" | "dark") => Promise<void>;
    requestLog: (action: "start" | "take") => Promise<string[]>;
    storageState: () => Promise<{ cookies: number; localStorage: number }>;
  }
}
