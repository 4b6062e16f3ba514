import { css } from "lit";

export const tableStyles = css`
  :host {
    container-type: inline-size;
  }
  .release {
    margin: 0 0 0.75rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  .controls label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .controls input,
  .controls select {
    min-width: 12rem;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .controls .count {
    margin: 0 0 0.4rem auto;
    font-size: 0.85em;
    color: var(--_muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 700;
    font-size: 1.1em;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.55rem 0.6rem;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface);
    font-size: 0.85em;
    white-space: nowrap;
  }
  thead button {
    all: unset;
    cursor: pointer;
    font-weight: 700;
  }
  thead button:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .arrow {
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  .group th {
    padding-top: 1.1rem;
    font-size: 0.95em;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  tbody th {
    font-weight: 600;
    min-width: 10rem;
  }
  .legal {
    display: block;
    font-weight: 400;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .disabled td {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0 0.4rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .onward {
    display: block;
    margin-top: 0.25rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .more button {
    padding: 0.3rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .safeguard-none {
    color: var(--_danger);
    font-weight: 600;
  }
  .safeguard-eea {
    color: var(--_muted);
  }
  .feeds {
    margin: 1rem 0 0;
    font-size: 0.9em;
  }
  .feeds a + a {
    margin-left: 0.75rem;
  }
  @container (max-width: 720px) {
    .controls label {
      flex: 1 1 100%;
    }
    .controls input,
    .controls select {
      width: 100%;
    }
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    thead th {
      border: 0;
      padding: 0.35rem 0.5rem;
    }
    thead th.plain {
      display: none;
    }
    tbody tr:not(.group, .more) {
      margin: 0.6rem 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    tbody td {
      display: grid;
      grid-template-columns: 9rem 1fr;
      gap: 0.5rem;
      border: 0;
      padding: 0.25rem 0.75rem;
    }
    .more td {
      display: block;
    }
    tbody td::before {
      content: attr(data-label);
      font-size: 0.85em;
      color: var(--_muted);
    }
    tbody th {
      border-bottom: 1px solid var(--_border);
    }
  }
  @media print {
    .controls,
    .arrow {
      display: none;
    }
    :host {
      color: #000;
      background: #fff;
    }
    tr {
      break-inside: avoid;
    }
    .dpa a::after {
      content: " (" attr(href) ")";
      font-size: 0.75em;
      word-break: break-all;
    }
  }
`;
