import { pino, type Logger } from "pino";
import type { YogaLogger } from "graphql-yoga";

/** JSON lines on stdout; LOG_LEVEL=silent in tests. */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { service: "datamap" } });
}

/** Yoga logs with console-style arguments; pino wants one message. */
export function yogaLogger(logger: Logger): YogaLogger {
  const at = (level: "debug" | "info" | "warn" | "error") => (...args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    const message = args.filter((arg) => !(arg instanceof Error)).map(String).join(" ");
    if (error) logger[level]({ err: error }, message || error.message);
    else logger[level](message);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
