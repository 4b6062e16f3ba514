import { describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

type Finding = { id: string; severity: string; status: string; justification: string | null };
type ReviewData = { review: { release: number | null; snapshotSha256: string; findings: Finding[]; summary: { total: number; openErrors: number; new: number; acknowledged: number; resolved: string[] }; signOff: { id: number; current: boolean; reviewerName: string } | null } };

const reviewQuery = /* GraphQL */ `
  query ($release: Int) {
    review(release: $release) {
      release snapshotSha256
      findings { id severity status justification }
      summary { total openErrors new acknowledged resolved }
      signOff { id current reviewerName }
    }
  }
`;
const signOffMutation = /* GraphQL */ `
  mutation ($release: Int, $acknowledgements: [FindingAcknowledgementInput!]) {
    signOffReview(release: $release, acknowledgements: $acknowledgements) {
      id release reviewerName reviewerRole snapshotSha256 current acknowledgements { findingId justification }
    }
  }
`;
const onward = "onward-transfer-without-safeguard:mailer->relay@IN";
const statusOf = (data: ReviewData | undefined, id: string) => data?.review.findings.find((finding) => finding.id === id)?.status;

describe("review sign-off", () => {
  it("reviews the draft with every finding open before any sign-off", async () => {
    const { data, errors } = await api.graphql<ReviewData>(reviewQuery);
    expect(errors).toBeUndefined();
    expect(data?.review).toMatchObject({ release: null, snapshotSha256: expect.stringMatching(/^[0-9a-f]{64}$/), signOff: null });
    expect(data?.review.findings.map((finding) => finding.status)).not.toContain("NEW");
    expect(statusOf(data, onward)).toBe("OPEN");
    expect(data?.review.summary.openErrors).toBeGreaterThan(0);
  });

  it("lets only a publisher sign off", async () => {
    const { errors } = await api.graphql(signOffMutation, {}, { role: "EDITOR" });
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects acknowledging a finding that is not there, or without a reason", async () => {
    for (const acknowledgements of [[{ findingId: "no-such-rule:x", justification: "because" }], [{ findingId: onward, justification: "  " }]]) {
      const { errors } = await api.graphql(signOffMutation, { acknowledgements }, { role: "PUBLISHER" });
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("records who signed off, over which snapshot, with acknowledged findings", async () => {
    const acknowledgements = [{ findingId: onward, justification: "Relay is disabled; no data has flowed since 2024." }];
    const { data, errors } = await api.graphql<{ signOffReview: Record<string, unknown> }>(signOffMutation, { acknowledgements }, { role: "PUBLISHER" });
    expect(errors).toBeUndefined();
    expect(data?.signOffReview).toMatchObject({ release: null, reviewerName: "test publisher", reviewerRole: "PUBLISHER", current: true, acknowledgements });
  });

  it("survives a re-run: the same findings, the acknowledgement kept", async () => {
    const { data } = await api.graphql<ReviewData>(reviewQuery);
    expect(data?.review.signOff).toMatchObject({ current: true, reviewerName: "test publisher" });
    expect(data?.review.findings.find((finding) => finding.id === onward)).toMatchObject({ status: "ACKNOWLEDGED", justification: expect.stringContaining("disabled") });
    expect(data?.review.summary).toMatchObject({ new: 0, acknowledged: 1, resolved: [] });
  });

  it("flags a finding that appears after the sign-off as new", async () => {
    await db().flow.update({ where: { key: "platform->mailer" }, data: { mechanisms: [] } });
    const { data } = await api.graphql<ReviewData>(reviewQuery);
    expect(data?.review.signOff?.current).toBe(false);
    expect(data?.review.findings.filter((finding) => finding.status === "NEW").map((finding) => finding.id)).toEqual(["transfer-without-safeguard:platform->mailer@US"]);
    expect(statusOf(data, onward)).toBe("ACKNOWLEDGED");
  });

  it("carries the reasons over to the next sign-off", async () => {
    const { data } = await api.graphql<{ signOffReview: { acknowledgements: { findingId: string }[] } }>(signOffMutation, {}, { role: "PUBLISHER" });
    expect(data?.signOffReview.acknowledgements.map((entry) => entry.findingId)).toEqual([onward]);
    const after = await api.graphql<ReviewData>(reviewQuery);
    expect(after.data?.review.summary.new).toBe(0);
  });

  it("reviews and signs off a release", async () => {
    const published = await api.graphql<{ publish: { number: number; sha256: string } }>(/* GraphQL */ `mutation { publish(summary: "First") { number sha256 } }`, {}, { role: "PUBLISHER" });
    const release = published.data!.publish.number;
    const { data } = await api.graphql<ReviewData>(reviewQuery, { release });
    expect(data?.review).toMatchObject({ release, snapshotSha256: published.data!.publish.sha256, signOff: null });
    const signed = await api.graphql<{ signOffReview: { release: number } }>(signOffMutation, { release }, { role: "PUBLISHER" });
    expect(signed.data?.signOffReview.release).toBe(release);
    const missing = await api.graphql(reviewQuery, { release: 99 });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("transfers and paths", () => {
  it("lists the flows leaving the EEA with their coverage", async () => {
    const { data, errors } = await api.graphql<{ transfers: Record<string, unknown>[] }>(/* GraphQL */ `
      { transfers { flow onward fromThirdCountry status destinations { country { code } status mechanism rejected { mechanism } } } }
    `);
    expect(errors).toBeUndefined();
    expect(data?.transfers).toEqual([
      { flow: "mailer->relay", onward: true, fromThirdCountry: true, status: "NONE", destinations: [{ country: { code: "IN" }, status: "NONE", mechanism: null, rejected: [] }] },
      { flow: "platform->mailer", onward: false, fromThirdCountry: false, status: "NONE", destinations: [{ country: { code: "US" }, status: "NONE", mechanism: null, rejected: [] }] },
    ]);
  });

  it("finds the routes of a category out of the EEA, and rejects a target it does not know", async () => {
    const query = /* GraphQL */ `query ($to: String!) { paths(category: "user.contact", to: $to) { truncated routes { reached hops { flow } } } }`;
    const { data } = await api.graphql<{ paths: { routes: { reached: string[]; hops: { flow: string }[] }[] } }>(query, { to: "outside-eea" });
    expect(data?.paths.routes.map((route) => route.hops.map((hop) => hop.flow).join(" "))).toEqual([
      "customers->platform platform->mailer",
      "customers->platform platform->mailer mailer->relay",
    ]);
    const { errors } = await api.graphql(query, { to: "atlantis" });
    expect(errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("atlantis") });
  });
});
