import { css } from "lit";

/** Colours and type shared by both widgets; the page themes them with `--datamap-*` properties. */
export const theme = css`
  :host {
    --_text: var(--datamap-text, #1c2530);
    --_muted: var(--datamap-muted, #5b6673);
    --_background: var(--datamap-background, #ffffff);
    --_surface: var(--datamap-surface, #f4f6f8);
    --_border: var(--datamap-border, #d8dde3);
    --_accent: var(--datamap-accent, #0b62c4);
    --_notice: var(--datamap-notice, #fff6dc);
    --_notice-border: var(--datamap-notice-border, #e0b43a);
    --_transfer: var(--datamap-transfer, #b4470c);
    --_danger: var(--datamap-danger, #b42318);
    --_radius: var(--datamap-radius, 6px);
    display: block;
    color: var(--_text);
    background: var(--_background);
    font: var(--datamap-font, 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--datamap-text, #e3e7ec);
      --_muted: var(--datamap-muted, #a3adb9);
      --_background: var(--datamap-background, #14181d);
      --_surface: var(--datamap-surface, #1e242b);
      --_border: var(--datamap-border, #36404b);
      --_accent: var(--datamap-accent, #7cb6ff);
      --_notice: var(--datamap-notice, #3a2f12);
      --_notice-border: var(--datamap-notice-border, #b38a1d);
      --_transfer: var(--datamap-transfer, #ff9b5e);
      --_danger: var(--datamap-danger, #ff7b72);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    white-space: nowrap;
    color: var(--_muted);
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    background: var(--_notice);
    border-left: 4px solid var(--_notice-border);
    border-radius: var(--_radius);
  }
  .notice ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .message {
    padding: 1rem;
    color: var(--_muted);
  }
`;
