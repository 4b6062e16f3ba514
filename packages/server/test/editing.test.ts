import { describe, expect, it } from "vitest";
import { connection, db } from "../src/db/index.ts";
import { armFailpoint } from "../src/editing/failpoint.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

const createVendor = /* GraphQL */ `
  mutation ($input: VendorInput!) { createVendor(input: $input) { slug version status processingCountries { code } group { slug } } }
`;
const createFlow = /* GraphQL */ `mutation ($input: FlowInput!) { createFlow(input: $input) { key version } }`;
const vendor = (extra: Record<string, unknown> = {}) => ({ slug: "newco", name: { en: "NewCo" }, role: "PROCESSOR", ...extra });

describe("creating", () => {
  it("creates a vendor and records who did it", async () => {
    const { data, errors } = await api.graphql(createVendor, { input: vendor({ processingCountries: ["FR"], group: "mail" }) }, { role: "EDITOR" });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ createVendor: { slug: "newco", version: 1, status: "ACTIVE", processingCountries: [{ code: "FR" }], group: { slug: "mail" } } });
    const entry = await db().auditEntry.findFirstOrThrow({ where: { entity: "vendor", entityKey: "newco" } });
    expect(entry).toMatchObject({ action: "create", actorName: "test editor", actorRole: "EDITOR", before: null });
    expect(entry.after).toMatchObject({ slug: "newco", processingCountries: ["FR"] });
  });

  it.each([
    ["slug format", createVendor, vendor({ slug: "Bad Slug" }), "input.slug", "BAD_USER_INPUT"],
    ["country", createVendor, vendor({ slug: "b1", processingCountries: ["DE", "UK"] }), "input.processingCountries[1]", "BAD_USER_INPUT"],
    ["DPA link that is not https", createVendor, vendor({ slug: "b2", dpa: "http://example.com/dpa" }), "input.dpa", "BAD_USER_INPUT"],
    ["function group", createVendor, vendor({ slug: "b4", group: "nope" }), "input.group", "BAD_USER_INPUT"],
    ["slug that is taken", createVendor, vendor({ slug: "aws" }), "input.slug", "CONFLICT"],
    ["flow to itself", createFlow, { from: "platform", to: "platform" }, "input.to", "BAD_USER_INPUT"],
    ["flow into a subject group", createFlow, { from: "platform", to: "customers" }, "input.to", "BAD_USER_INPUT"],
    ["flow to nobody", createFlow, { from: "platform", to: "nobody" }, "input.to", "BAD_USER_INPUT"],
    ["data category", createFlow, { from: "platform", to: "relay", categories: ["user.contact.mail"] }, "input.categories[0]", "BAD_USER_INPUT"],
    ["mechanism", createFlow, { from: "platform", to: "relay", mechanisms: ["SCC"] }, "input.mechanisms[0]", "BAD_USER_INPUT"],
    ["flow key that is taken", createFlow, { from: "customers", to: "platform" }, "input.key", "CONFLICT"],
  ])("rejects a bad %s", async (_what, mutation, input, field, code) => {
    const { data, errors } = await api.graphql(mutation, { input }, { role: "EDITOR" });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(errors?.[0]?.message.length).toBeGreaterThan(20);
  });

  it("says how to fix a bad country", async () => {
    const { errors } = await api.graphql(createVendor, { input: vendor({ slug: "uk-co", headquarters: "UK" }) }, { role: "EDITOR" });
    expect(errors?.[0]?.message).toBe('input.headquarters: "UK" is not an ISO 3166-1 alpha-2 code; did you mean "GB"?');
  });

  it("refuses until before since", async () => {
    const created = await api.graphql(createVendor, { input: vendor({ slug: "dated", since: "2024-05-01" }) }, { role: "EDITOR" });
    expect(created.errors).toBeUndefined();
    const { errors } = await api.graphql(`mutation { endVendor(slug: "dated", version: 1, until: "2024-01-01") { status } }`, {}, { role: "EDITOR" });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.until" });
  });
});

describe("all or nothing", () => {
  it("leaves no trace when a write fails half-way, and masks the failure", async () => {
    armFailpoint("editing:after-first-write");
    const { data, errors } = await api.graphql(createVendor, { input: vendor({ slug: "half-way" }) }, { role: "EDITOR" });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(await db().node.findUnique({ where: { slug: "half-way" } })).toBeNull();
    expect(await db().auditEntry.count({ where: { entityKey: "half-way" } })).toBe(0);
  });
});

describe("updating", () => {
  const update = /* GraphQL */ `
    mutation ($version: Int!, $patch: VendorPatch!) { updateVendor(slug: "mailer", version: $version, patch: $patch) { version legalName notes } }
  `;

  it("lets exactly one of two concurrent updates of the same version win", async () => {
    const results = await Promise.all([
      api.graphql(update, { version: 1, patch: { legalName: "Mailer Inc. (A)" } }, { role: "EDITOR" }),
      api.graphql(update, { version: 1, patch: { legalName: "Mailer Inc. (B)" } }, { role: "EDITOR" }),
    ]);
    const won = results.filter((result) => !result.errors);
    const lost = results.filter((result) => result.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    expect(lost[0]?.errors?.[0]?.message).toMatch(/now at version 2/);
  });

  it("clears a field given as null and keeps the rest", async () => {
    const { data } = await api.graphql(update, { version: 2, patch: { notes: null } }, { role: "EDITOR" });
    expect(data).toMatchObject({ updateVendor: { version: 3, notes: null } });
    expect((data as { updateVendor: { legalName: string } }).updateVendor.legalName).toMatch(/^Mailer Inc\. \([AB]\)$/);
  });

  it("ends and restores a vendor, keeping it on record", async () => {
    const ended = await api.graphql(`mutation { endVendor(slug: "relay", version: 1, until: "2026-01-31") { status until version } }`, {}, { role: "EDITOR" });
    expect(ended.data).toEqual({ endVendor: { status: "ENDED", until: "2026-01-31", version: 2 } });
    const restored = await api.graphql(`mutation { restoreVendor(slug: "relay", version: 2) { status until } }`, {}, { role: "EDITOR" });
    expect(restored.data).toEqual({ restoreVendor: { status: "ACTIVE", until: null } });
    const actions = await db().auditEntry.findMany({ where: { entityKey: "relay" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["end", "restore"]);
  });
});

describe("deleting", () => {
  it("deletes a flow, and a node only once no flow uses it", async () => {
    const blocked = await api.graphql(`mutation { deleteVendor(slug: "relay") { slug } }`, {}, { role: "EDITOR" });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await api.graphql(`mutation { deleteFlow(key: "mailer->relay") { key } }`, {}, { role: "EDITOR" })).data).toEqual({ deleteFlow: { key: "mailer->relay" } });
    expect((await api.graphql(`mutation { deleteVendor(slug: "relay") { slug } }`, {}, { role: "EDITOR" })).data).toEqual({ deleteVendor: { slug: "relay" } });
    expect((await api.graphql(`mutation { deleteFlow(key: "mailer->relay") { key } }`, {}, { role: "EDITOR" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the audit log", () => {
  it("is readable with filters and cannot be rewritten", async () => {
    const { data } = await api.graphql<{ auditLog: { edges: { node: { action: string; entityKey: string; actorName: string } }[] } }>(
      /* GraphQL */ `{ auditLog(filter: { entity: "vendor", actor: "test editor" }) { edges { node { action entityKey actorName before after } } } }`,
    );
    expect(data?.auditLog.edges.map((edge) => `${edge.node.action} ${edge.node.entityKey}`)).toContain("create newco");
    for (const sql of [`UPDATE "AuditEntry" SET "actorName" = 'someone else'`, `DELETE FROM "AuditEntry"`]) {
      await expect(connection().query(sql)).rejects.toThrow(/the audit log is append-only/);
    }
    expect(await db().auditEntry.count({ where: { actorName: "someone else" } })).toBe(0);
  });
});
