// Runs inside Chromium, added to the page as a classic script: plain JavaScript, so that no
// compiler helper (tsx names functions with `__name`) leaks into the page. Each function returns
// milliseconds from the first element created to the next animation frame after the render, with
// layout forced there.


/** The widget `tag`, with the document inline as its `<script type="application/json">` child. */
async function renderWidget({ tag, text }) {
  const start = performance.now();
  const element = document.createElement(tag);
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = text;
  element.append(script);
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener("datamap-load", resolve, { once: true });
    element.addEventListener("datamap-error", reject, { once: true });
  });
  document.body.append(element);
  await loaded;
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  element.getBoundingClientRect();
  const ms = performance.now() - start;
  const rows = element.shadowRoot.querySelectorAll("tbody tr[data-vendor], svg [data-edge]").length;
  element.remove();
  return { ms, rows };
}

/** The baseline: the same JSON parsed and drawn by hand, a plain table or an SVG of straight lines on a grid. */
async function renderByHand({ kind, text }) {
  const start = performance.now();
  const { map } = JSON.parse(text);
  const escape = (value) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  const host = document.createElement("div");
  if (kind === "table") {
    const incoming = new Map();
    for (const flow of map.flows) {
      const entry = incoming.get(flow.to) ?? { categories: new Set(), purposes: new Set() };
      flow.categories.forEach((key) => entry.categories.add(key));
      flow.purposes.forEach((key) => entry.purposes.add(key));
      incoming.set(flow.to, entry);
    }
    const rows = map.vendors.map((vendor) => {
      const entry = incoming.get(vendor.slug);
      return `<tr><th>${escape(vendor.name.en)}</th><td>${[...(entry?.purposes ?? [])].join(", ")}</td><td>${[...(entry?.categories ?? [])].join(", ")}</td><td>${vendor.processingCountries.join(", ")}</td></tr>`;
    });
    host.innerHTML = `<table><thead><tr><th>Name</th><th>Purpose</th><th>Categories</th><th>Locations</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  } else {
    const nodes = [...map.subjects, ...map.systems, ...map.vendors];
    const at = new Map(nodes.map((node, index) => [node.slug, { x: 200 * Math.floor(index / 40), y: 30 * (index % 40) }]));
    const boxes = nodes.map((node) => `<g transform="translate(${at.get(node.slug).x},${at.get(node.slug).y})"><rect width="150" height="24"/><text y="16">${escape(node.name.en)}</text></g>`);
    const lines = map.flows.map((flow) => {
      const [from, to] = [at.get(flow.from), at.get(flow.to)];
      return from && to ? `<path d="M${from.x + 150},${from.y + 12}L${to.x},${to.y + 12}" stroke="black"/>` : "";
    });
    host.innerHTML = `<svg width="1200" height="1200">${lines.join("")}${boxes.join("")}</svg>`;
  }
  document.body.append(host);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  host.getBoundingClientRect();
  const ms = performance.now() - start;
  const rows = host.querySelectorAll("tbody tr, path").length;
  host.remove();
  return { ms, rows };
}

globalThis.datamapBench = { renderWidget, renderByHand };
