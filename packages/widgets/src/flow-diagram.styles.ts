import { css, unsafeCSS } from "lit";

/** Styles of the SVG itself; the downloaded file embeds them, so every colour has a fallback. */
export const svgCss = `
  svg { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  .heading { font-size: 12px; font-weight: 700; fill: var(--_muted, #5b6673); text-anchor: middle; letter-spacing: .04em; }
  .node rect.box { fill: var(--_background, #fff); stroke: var(--_border, #c3cad3); stroke-width: 1; }
  .node rect.stripe { fill: var(--_stripe, #6b7785); }
  .node text { font-size: 13px; font-weight: 600; fill: var(--_text, #1c2530); dominant-baseline: central; }
  .node { cursor: pointer; outline: none; }
  .node.subject { --_stripe: #2f6fdf; }
  .node.system { --_stripe: #6b7785; }
  .node.vendor { --_stripe: #0f8a6a; }
  .node.onward { --_stripe: #8a63d2; }
  .node.category { --_stripe: #b26b00; }
  .node.country { --_stripe: #0f8a6a; }
  .node.outside { --_stripe: var(--_transfer, #b4470c); }
  .node:hover rect.box, .node.selected rect.box { stroke: var(--_accent, #0b62c4); stroke-width: 2; }
  .node:focus-visible rect.box { stroke: var(--_accent, #0b62c4); stroke-width: 3; }
  .edge path { fill: none; stroke: var(--_edge, #98a3af); stroke-width: 1.4; }
  .edge polygon { fill: var(--_edge, #98a3af); }
  .edge.transfer { --_edge: var(--_transfer, #b4470c); }
  .edge.transfer path { stroke-dasharray: 7 4; stroke-width: 1.8; }
  .edge.bare { --_edge: var(--_danger, #b42318); }
  .edge.bare path { stroke-dasharray: 2 3; stroke-width: 2; }
  .label rect { fill: var(--_background, #fff); opacity: .92; }
  .label text { font-size: 11px; fill: var(--_muted, #5b6673); }
  .label .transfer { fill: var(--_transfer, #b4470c); font-weight: 700; }
  .label .bare { fill: var(--_danger, #b42318); }
  .dim { opacity: .14; }
  .hot path { stroke-width: 2.6; }
`;

export const diagramStyles = css`
  ${unsafeCSS(svgCss)}
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .bar .end {
    margin-left: auto;
  }
  button {
    cursor: pointer;
    padding: 0.15rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    font-size: 0.8em;
  }
  button[aria-pressed="true"] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_background);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-bottom: 0.5rem;
  }
  .chips .caption,
  .bar .caption {
    font-size: 0.85em;
    color: var(--_muted);
    align-self: center;
  }
  .stage {
    position: relative;
  }
  .canvas {
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .canvas svg {
    display: block;
    margin: 0 auto;
    max-width: 100%;
    height: auto;
  }
  aside {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    width: min(22rem, calc(100% - 1rem));
    max-height: calc(100% - 1rem);
    overflow: auto;
    padding: 0.75rem 1rem;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    font-size: 0.9em;
  }
  aside.left {
    right: auto;
    left: 0.5rem;
  }
  aside h3 {
    margin: 0 5rem 0.25rem 0;
    font-size: 1.05em;
  }
  aside .close {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
  }
  aside dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0.5rem 0;
  }
  aside dt {
    color: var(--_muted);
  }
  aside dd {
    margin: 0;
  }
  aside ul {
    margin: 0.25rem 0 0.5rem;
    padding-left: 1.1rem;
  }
  .transfer-text {
    color: var(--_transfer);
    font-weight: 600;
  }
  .bare-text {
    color: var(--_danger);
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.25rem;
    margin: 0.6rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  details {
    margin-top: 0.5rem;
    font-size: 0.9em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  @media print {
    .bar,
    .chips,
    aside {
      display: none;
    }
    details > ul {
      display: block;
    }
  }
`;
