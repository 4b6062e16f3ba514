import { describe, expect, it } from "vitest";
import { fixture } from "../test/helpers.ts";
import { abbreviate } from "./flow-graph.ts";
import { MapModel, safeHref } from "./model.ts";
import type { Flow } from "./types.ts";

const model = new MapModel(fixture());
const flow = (key: string): Flow => {
  const found = model.flows.find((f) => f.key === key);
  if (!found) throw new Error(`no flow ${key}`);
  return found;
};

describe("the index", () => {
  it("finds the flows into and out of a node, and none for a node without", () => {
    expect(model.incoming("twilio").map((f) => f.key)).toEqual(["statuspage->twilio"]);
    expect(model.outgoing("statuspage").map((f) => f.key)).toEqual(["statuspage->twilio"]);
    expect(model.incoming("website-visitors")).toEqual([]);
    expect(model.outgoing("nowhere")).toEqual([]);
  });
});

describe("transfers out of the EEA", () => {
  it("go to the flow's own countries, else to where the recipient processes data", () => {
    expect(model.destinations(flow("back-office->google-drive"))).toEqual(["IE"]);
    expect(model.destinations(flow("platform->mailchimp"))).toEqual(["US"]);
  });

  it("rely on the first mechanism the flow names", () => {
    expect(model.transfer(flow("platform->aws"))).toEqual({ countries: ["US"], basis: { kind: "mechanism", key: "dpf" } });
  });

  it("stay unmarked inside the EEA", () => {
    expect(model.transfer(flow("back-office->ecovis"))).toBeUndefined();
    expect(model.transfer(flow("back-office->google-drive"))).toBeUndefined();
  });

  it("fall back to an adequacy decision, for the US only with a DPF certification", () => {
    const keycdn = { ...flow("website-visitors->keycdn"), mechanisms: [], countries: ["CH"] };
    expect(model.transfer(keycdn)?.basis).toEqual({ kind: "adequacy" });
    const twilio = { ...flow("statuspage->twilio"), from: "platform", mechanisms: [] };
    expect(model.transfer(twilio)?.basis).toEqual({ kind: "adequacy" });
    expect(model.transfer(flow("platform->gravatar"))?.basis).toEqual({ kind: "none" });
  });

  it("start only where the sender is in the EEA or nowhere stated", () => {
    // Statuspage processes in the US: its onward flow to Twilio does not leave the EEA.
    expect(model.transfer(flow("statuspage->twilio"))).toBeUndefined();
    const document = fixture();
    const visitors = document.map.subjects.find((subject) => subject.slug === "website-visitors");
    if (visitors) visitors.countries = ["US"];
    expect(new MapModel(document).transfer(flow("website-visitors->youtube"))).toBeUndefined();
  });
});

describe("helpers", () => {
  it("abbreviate mechanisms for edge labels", () => {
    expect(abbreviate("Standard Contractual Clauses, module 3 (processor to processor)")).toBe("SCC");
    expect(abbreviate("EU-US Data Privacy Framework (Datenschutzrahmen)")).toBe("EU-US DPF");
    expect(abbreviate("EU–US Data Privacy Framework")).toBe("EU–US DPF");
    expect(abbreviate("Binding Corporate Rules")).toBe("BCR");
    expect(abbreviate("Adequacy decision")).toBe("Adequacy decision");
    expect(abbreviate("Standardvertragsklauseln (Verantwortlicher an Verantwortlichen)")).toBe("Standardvertragsklauseln");
  });

  it("let only http(s) links through", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,x")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
    expect(safeHref("/feed.atom", "https://datamap.example/api/public/v1/map.json")).toBe("https://datamap.example/feed.atom");
  });
});
