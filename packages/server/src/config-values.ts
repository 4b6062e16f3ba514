import { ConfigError } from "./db/index.ts";

/** Readers of one environment variable each; an empty value counts as unset. */

export function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${text}").`);
  }
  return value;
}

export function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  if (!(allowed as readonly string[]).includes(text)) throw new ConfigError(`${name} must be one of ${allowed.join(", ")} (got "${text}").`);
  return text as T;
}

export function url(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const text = env[name];
  if (!text) return undefined;
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) throw new ConfigError(`${name} must be an http(s) URL (got "${text}").`);
  return text;
}

export function redisUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const text = env[name];
  if (!text) return undefined;
  if (!URL.canParse(text) || !/^rediss?:$/.test(new URL(text).protocol)) {
    throw new ConfigError(`${name} must look like redis://host:6379/0 or rediss://… (got "${text.replace(/:[^:@/]*@/, ":***@")}").`);
  }
  return text;
}

/** A comma-separated list of origins such as https://help.example.com, each without a path. */
export function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? "").split(",").map((item) => item.trim()).filter(Boolean);
  for (const item of list) {
    if (!URL.canParse(item) || new URL(item).origin !== item.replace(/\/$/, "")) {
      throw new ConfigError(`${name} must list origins like https://help.example.com, separated by commas (got "${item}").`);
    }
  }
  return list.map((item) => item.replace(/\/$/, ""));
}

export function secret(env: NodeJS.ProcessEnv, name: string, minLength: number): string | undefined {
  const text = env[name];
  if (!text) return undefined;
  if (text.length < minLength) throw new ConfigError(`${name} must be at least ${minLength} random characters (got ${text.length}).`);
  return text;
}
