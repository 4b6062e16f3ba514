import { describe, expect, it } from "vitest";
import { readConfig } from "../src/config.ts";

const refusal = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
};

describe("configuration", () => {
  it("has working defaults, production's stricter", () => {
    expect(readConfig({})).toMatchObject({ port: 4000, redis: undefined, shutdownTimeoutMs: 10_000, http: { introspection: "anonymous", rateLimits: { perIp: 600, perToken: 1200 }, corsOrigins: [] } });
    expect(readConfig({ NODE_ENV: "production" }).http.introspection).toBe("authenticated");
    expect(readConfig({ REDIS_URL: "redis://cache:6379/2", DATAMAP_CORS_ORIGINS: "https://help.example.com, https://docs.example.com/" })).toMatchObject({
      redis: { url: "redis://cache:6379/2", prefix: "datamap:" },
      http: { corsOrigins: ["https://help.example.com", "https://docs.example.com"] },
    });
  });

  it.each([
    [{ PORT: "eighty" }, /^PORT must be a whole number from 0 to 65535 \(got "eighty"\)\.$/],
    [{ REDIS_URL: "http://cache:6379" }, /^REDIS_URL must look like redis:\/\/host:6379\/0/],
    [{ DATAMAP_CORS_ORIGINS: "https://help.example.com/widgets" }, /^DATAMAP_CORS_ORIGINS must list origins like https:\/\/help\.example\.com/],
    [{ DATAMAP_INTROSPECTION: "sometimes" }, /^DATAMAP_INTROSPECTION must be one of anonymous, authenticated, off \(got "sometimes"\)\.$/],
    [{ DATAMAP_RATE_LIMIT_IP: "-1" }, /^DATAMAP_RATE_LIMIT_IP must be a whole number from 0 to/],
    [{ DATAMAP_MAX_BODY_BYTES: "1.5" }, /^DATAMAP_MAX_BODY_BYTES must be a whole number/],
    [{ DATAMAP_METRICS_TOKEN: "short" }, /^DATAMAP_METRICS_TOKEN must be at least 16 random characters \(got 5\)\.$/],
    [{ LOG_LEVEL: "loud" }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ DATAMAP_PUBLIC_URL: "privacy.example.com" }, /^DATAMAP_PUBLIC_URL must be an http\(s\) URL/],
    [{ DATAMAP_WEBHOOKS_ALLOW_PRIVATE: "yes" }, /^DATAMAP_WEBHOOKS_ALLOW_PRIVATE must be one of true, false/],
  ])("refuses %j with one line naming the variable", (env, message) => {
    const text = refusal(env);
    expect(text).toMatch(message);
    expect(text.split("\n")).toHaveLength(1);
  });
});
