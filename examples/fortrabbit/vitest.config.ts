import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "example-fortrabbit", include: ["*.test.ts"] },
});
