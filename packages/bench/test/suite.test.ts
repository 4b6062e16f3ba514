import { expect, it } from "vitest";
import { runSuite, tiny } from "../src/suite.ts";

// Not a timed test: it runs every measure once at a tiny size and checks only that each gave numbers.
it("measures everything at a tiny size", async () => {
  const sections = await runSuite(tiny);
  expect(sections.map((section) => section.title)).toEqual([
    "Public JSON throughput",
    "Dashboard query",
    "Path queries and the full review",
    "PGlite against PostgreSQL",
    "Widgets",
    "Cold start and memory",
  ]);
  for (const section of sections) {
    expect(section.rows.length, section.title).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(section.figures)) {
      expect(Number.isFinite(value) && value > 0, `${section.title}: ${name} = ${value}`).toBe(true);
    }
  }
});
