import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  diffMaps,
  effectiveAtFor,
  emptyMap,
  mapAsOf,
  publicMapDocument,
  releaseDocument,
  sha256,
  type DataMap,
  type PublishedRelease,
} from "../src/index.ts";
import { releaseMap } from "./release-fixture.ts";

const day = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-03-01T12:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * day);

/** Publishes maps in turn, each `daysApart` after the last, with a 30-day notice period. */
function publishAll(maps: DataMap[], daysApart = 10): PublishedRelease[] {
  const releases: PublishedRelease[] = [];
  maps.forEach((map, index) => {
    const previous = releases.at(-1);
    const changes = diffMaps(previous?.map ?? emptyMap, map);
    const publishedAt = at(index * daysApart);
    const effectiveAt = effectiveAtFor({ publishedAt, changes, noticeDays: 30, previous: previous ? { effectiveAt: new Date(previous.effectiveAt) } : null });
    releases.push({ number: index + 1, publishedAt: publishedAt.toISOString(), effectiveAt: effectiveAt.toISOString(), sha256: sha256(canonicalJson(map)), summary: `release ${index + 1}`, map, changes });
  });
  return releases;
}

function edited(edit: (map: DataMap) => void): DataMap {
  const map = releaseMap();
  edit(map);
  return map;
}

const withoutMailer = edited((map) => {
  map.vendors = map.vendors.filter((vendor) => vendor.slug !== "mailer");
  map.flows = map.flows.filter((flow) => flow.to !== "mailer");
});
const withStripeWithoutMailer = edited((map) => {
  map.vendors = map.vendors.filter((vendor) => vendor.slug !== "mailer");
  map.flows = map.flows.filter((flow) => flow.to !== "mailer");
  map.vendors.push({ slug: "stripe", name: { en: "Stripe" }, role: "sub-processor", processingCountries: ["US"], status: "active", certifications: [], public: true });
});

describe("notice periods", () => {
  it("lets the first release and pure removals take effect at once, additions after the notice period", () => {
    const [first, removal, mixed] = publishAll([releaseMap(), withoutMailer, withStripeWithoutMailer]);
    expect(first!.effectiveAt).toBe(first!.publishedAt);
    expect(removal!.effectiveAt).toBe(removal!.publishedAt);
    expect(mixed!.effectiveAt).toBe(at(20 + 30).toISOString());
  });

  it("never lets a release take effect before the one it follows", () => {
    const [, added, removed] = publishAll([releaseMap(), withStripeWithoutMailer, withoutMailer]);
    expect(removed!.effectiveAt).toBe(added!.effectiveAt);
  });
});

describe("mapAsOf", () => {
  const releases = publishAll([releaseMap(), withStripeWithoutMailer]);

  it("is empty before the first release", () => {
    expect(mapAsOf(releases, at(-1))).toEqual({ release: null, map: emptyMap, pending: [] });
  });

  it("applies a pending release's removals at once and its additions after the notice period", () => {
    const during = mapAsOf(releases, at(15));
    expect(during.release?.number).toBe(1);
    expect(during.pending.map((release) => release.number)).toEqual([2]);
    expect(during.map.vendors.map((vendor) => vendor.slug)).toEqual(["aws"]);
    expect(during.map.flows.map((flow) => flow.key)).toEqual(["customers->platform", "platform->aws"]);

    const after = mapAsOf(releases, at(10 + 30));
    expect(after.release?.number).toBe(2);
    expect(after.pending).toEqual([]);
    expect(after.map.vendors.map((vendor) => vendor.slug)).toEqual(["aws", "stripe"]);
  });

  it("builds the public document with the upcoming additions in English and German", () => {
    const document = publicMapDocument(mapAsOf(releases, at(15)), { atom: "https://example.com/feeds/changes.atom" });
    expect(document).toMatchObject({
      format: "datamap/public-map@1",
      release: { number: 1, summary: "release 1" },
      upcoming: [{ release: 2, effectiveAt: at(40).toISOString(), changes: [{ en: "Vendor added: Stripe (processing in United States)", de: expect.stringContaining("Stripe") }] }],
      links: { atom: "https://example.com/feeds/changes.atom" },
    });
    expect(Object.keys(document.labels.countries)).toEqual(["DE", "IE"]);
  });

  it("describes a release with each change's effect", () => {
    const document = releaseDocument(releases[1]!);
    expect(document.previous).toBe(1);
    expect(document.changes.map((change) => [change.type, change.entity, change.id, change.effect])).toEqual([
      ["removed", "vendor", "mailer", "immediate"],
      ["added", "vendor", "stripe", "notice"],
      ["removed", "flow", "platform->mailer", "immediate"],
    ]);
    expect(sha256(canonicalJson(document.map))).toBe(document.release.sha256);
  });
});
