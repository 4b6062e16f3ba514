import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "example-dashboard", include: ["*.test.ts"], testTimeout: 30_000, hookTimeout: 90_000 },
});
