import { describe, expect, test } from "vitest";
import { paths, PathQueryError, review, syntheticMap, type DataMap, type Route } from "../src/index.ts";
import { cleanMap, flow, vendor } from "./review-fixture.ts";

/**
 * customers → platform (DE) → hoster (IE) → backup (IE) → archive (US): a three-hop onward chain;
 * hoster → platform closes a cycle; platform → mailer (US, DPF-certified) is the short way out;
 * platform → analytics (US) carries only IP addresses.
 */
function graph(): DataMap {
  const map = cleanMap();
  map.vendors.push(
    vendor("backup", { role: "sub-processor", processingCountries: ["IE"] }),
    vendor("archive", { role: "sub-processor", processingCountries: ["US"] }),
    vendor("mailer", { processingCountries: ["US"], certifications: ["dpf"] }),
    vendor("analytics", { processingCountries: ["US"] }),
  );
  map.flows.push(
    flow("hoster", "platform"),
    flow("hoster", "backup"),
    flow("backup", "archive", { mechanisms: ["scc-3"] }),
    flow("platform", "mailer"),
    flow("platform", "analytics", { categories: ["user.device.ip_address"] }),
  );
  return map;
}

const show = (routes: Route[]) => routes.map((route) => [route.hops[0]!.from, ...route.hops.map((hop) => hop.to)].join(" → "));

describe("paths", () => {
  test("finds every route out of the EEA, shortest first, through the cycle without looping", () => {
    const { routes, truncated } = paths(graph(), { category: "user.contact", to: "outside-eea" });
    expect(show(routes)).toEqual(["customers → platform → mailer", "customers → platform → hoster → backup → archive"]);
    expect(routes[1]!.hops.map((hop) => hop.flow)).toEqual(["customers->platform", "platform->hoster", "hoster->backup", "backup->archive"]);
    expect(routes[1]!.reached).toEqual(["US"]);
    expect(truncated).toBe(false);
  });

  test("starts where asked and stops at maxHops", () => {
    expect(show(paths(graph(), { category: "user.contact.email", from: "hoster", to: "US" }).routes)).toEqual([
      "hoster → backup → archive",
      "hoster → platform → mailer",
    ]);
    expect(show(paths(graph(), { category: "user.contact", to: "outside-eea", maxHops: 3 }).routes)).toEqual(["customers → platform → mailer"]);
  });

  test("reaches a node, including through the cycle", () => {
    expect(show(paths(graph(), { category: "user.contact", from: "hoster", to: "mailer" }).routes)).toEqual(["hoster → platform → mailer"]);
  });

  test("leaves out adequate destinations for not-adequate: the DPF-certified mailer", () => {
    expect(show(paths(graph(), { category: "user.contact", to: "not-adequate" }).routes)).toEqual(["customers → platform → hoster → backup → archive"]);
  });

  test("follows only flows that carry the category, from where it enters the map, broader keys on request", () => {
    expect(show(paths(graph(), { category: "user.device.ip_address", to: "outside-eea" }).routes)).toEqual(["platform → analytics"]);
    const map = graph();
    map.flows[0]!.categories.push("user.device.ip_address");
    expect(show(paths(map, { category: "user.device.ip_address", to: "outside-eea" }).routes)).toEqual(["customers → platform → analytics"]);
    map.flows[0]!.categories = ["user.device"];
    expect(show(paths(map, { category: "user.device.ip_address", to: "outside-eea" }).routes)).toEqual(["platform → analytics"]);
    expect(show(paths(map, { category: "user.device.ip_address", to: "outside-eea", broader: true }).routes)).toEqual(["customers → platform → analytics"]);
  });

  test("cuts the answer at the limit and says so", () => {
    expect(paths(graph(), { category: "user.contact", to: "outside-eea", limit: 1 })).toMatchObject({ routes: [{ hops: { length: 2 } }], truncated: true });
  });

  test("passes over flows that lead nowhere without changing the routes or where the answer is cut", () => {
    const map = graph();
    // Sorted among platform's flows, before and after the two that lead out: "archive" < "cache" < "mailer" < "zz-store".
    map.vendors.push(vendor("cache"), vendor("zz-store"));
    map.flows.push(flow("platform", "cache"), flow("platform", "zz-store"));
    expect(paths(map, { category: "user.contact", to: "outside-eea" })).toEqual(paths(graph(), { category: "user.contact", to: "outside-eea" }));
    // The one route to mailer fills the limit; the flow to zz-store is still to be tried, so the answer says it is cut.
    const direct = { category: "user.contact", from: "platform", to: "mailer", maxHops: 1, limit: 1 };
    expect(paths(map, direct)).toMatchObject({ routes: [{ hops: [{ to: "mailer" }] }], truncated: true });
    expect(paths(graph(), direct)).toMatchObject({ routes: [{ hops: [{ to: "mailer" }] }], truncated: false });
  });

  test("rejects what it cannot answer", () => {
    expect(() => paths(graph(), { category: "user.contact", to: "atlantis" })).toThrow(PathQueryError);
    expect(() => paths(graph(), { category: "user.nope", to: "US" })).toThrow(/not a data category/);
    expect(() => paths(graph(), { category: "user", from: "nobody", to: "US" })).toThrow(/no node "nobody"/);
    expect(() => paths(graph(), { category: "user", to: "US", maxHops: 11 })).toThrow(/maxHops/);
  });
});

describe("on a synthetic map of a few thousand flows", () => {
  const map = syntheticMap({ vendors: 300, flows: 4000 });

  test("routes are simple, connected, carry the category and come shortest first", () => {
    const { routes } = paths(map, { category: "user.contact", to: "not-adequate", maxHops: 4, limit: 500 });
    expect(routes.length).toBeGreaterThan(100);
    const flows = new Map(map.flows.map((entry) => [entry.key, entry]));
    routes.forEach((route, index) => {
      const nodes = [route.hops[0]!.from, ...route.hops.map((hop) => hop.to)];
      expect(new Set(nodes).size).toBe(nodes.length);
      route.hops.forEach((hop, at) => {
        expect(flows.get(hop.flow)?.categories.some((key) => key.startsWith("user.contact"))).toBe(true);
        if (at > 0) expect(hop.from).toBe(route.hops[at - 1]!.to);
      });
      if (index > 0) expect(route.hops.length).toBeGreaterThanOrEqual(routes[index - 1]!.hops.length);
    });
  });

  test("the review gives every finding a distinct id", () => {
    const { findings, summary } = review(map);
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
    expect(summary.total).toBe(findings.length);
    expect(summary.bySeverity.error).toBeGreaterThan(0);
  });
});
