// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The element's styles, adopted by its shadow root (Lit uses constructable stylesheets, so a host
// page's CSP needs no style-src exception for them). Every colour and size comes from a
// --dashwright-* custom property with a light default; theme="dark" (or "auto" under a dark
// system preference) switches the defaults, and a page's own values win in both. Without a
// theme attribute the project's theme mode decides (data-project-mode, which the element sets
// from the layout). The project's font is --_project-font, set on .dashboard. The private
// --_* properties only hold the resolved values. docs/embed.md lists the public ones.
import { css } from 'lit';

const light = css`
  --_bg: var(--dashwright-background, #ffffff);
  --_widget-bg: var(--dashwright-widget-background, #ffffff);
  --_text: var(--dashwright-text-color, #1f2933);
  --_muted: var(--dashwright-muted-color, #616e7c);
  --_border: var(--dashwright-border-color, #d9dee3);
  --_grid-line: var(--dashwright-grid-line-color, #e4e7eb);
  --_accent: var(--dashwright-accent-color, #2563eb);
  --_error: var(--dashwright-error-color, #b42318);
  --_series-1: var(--dashwright-series-1, #2563eb);
  --_series-2: var(--dashwright-series-2, #f59e0b);
  --_series-3: var(--dashwright-series-3, #10b981);
  --_series-4: var(--dashwright-series-4, #ef4444);
  --_series-5: var(--dashwright-series-5, #8b5cf6);
  --_series-6: var(--dashwright-series-6, #06b6d4);
  --_series-7: var(--dashwright-series-7, #ec4899);
  --_series-8: var(--dashwright-series-8, #84cc16);
`;

const dark = css`
  --_bg: var(--dashwright-background, #111827);
  --_widget-bg: var(--dashwright-widget-background, #1f2937);
  --_text: var(--dashwright-text-color, #e5e7eb);
  --_muted: var(--dashwright-muted-color, #9ca3af);
  --_border: var(--dashwright-border-color, #374151);
  --_grid-line: var(--dashwright-grid-line-color, #374151);
  --_accent: var(--dashwright-accent-color, #60a5fa);
  --_error: var(--dashwright-error-color, #f87171);
  --_series-1: var(--dashwright-series-1, #60a5fa);
  --_series-2: var(--dashwright-series-2, #fbbf24);
  --_series-3: var(--dashwright-series-3, #34d399);
  --_series-4: var(--dashwright-series-4, #f87171);
  --_series-5: var(--dashwright-series-5, #a78bfa);
  --_series-6: var(--dashwright-series-6, #22d3ee);
  --_series-7: var(--dashwright-series-7, #f472b6);
  --_series-8: var(--dashwright-series-8, #a3e635);
`;

export const styles = css`
  :host {
    ${light}
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--dashwright-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dashwright-font-size, 14px);
    padding: var(--dashwright-padding, 12px);
  }
  :host([theme='dark']),
  :host([data-project-mode='dark']:not([theme])),
  :host([data-project-mode='dark'][theme='']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  .dashboard {
    font-family: var(--dashwright-font-family, var(--_project-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--dashwright-gap, 12px);
    margin-bottom: var(--dashwright-gap, 12px);
  }
  .title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 600;
  }
  .description {
    margin: 2px 0 0;
    color: var(--_muted);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dashwright-gap, 12px);
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 4px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_widget-bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 4px 6px;
    min-width: 10em;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 12), minmax(0, 1fr));
    grid-auto-rows: var(--dashwright-row-height, 64px);
    gap: var(--dashwright-gap, 12px);
  }
  .widget {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    background: var(--_widget-bg);
    border: 1px solid var(--_border);
    border-radius: var(--dashwright-border-radius, 8px);
    padding: 10px 12px;
    overflow: hidden;
  }
  .widget-title {
    margin: 0 0 6px;
    font-size: 0.95em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .widget-body {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  .kpi {
    display: flex;
    align-items: center;
    height: 100%;
    font-size: var(--dashwright-kpi-font-size, 2em);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
  }
  .text {
    white-space: pre-wrap;
    overflow: auto;
    height: 100%;
    line-height: 1.4;
  }
  .chart {
    position: absolute;
    inset: 0;
  }
  .table-wrap {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .table-scroll {
    flex: 1;
    overflow: auto;
    min-height: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.92em;
  }
  th,
  td {
    text-align: left;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid-line);
    white-space: nowrap;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--_widget-bg);
    font-weight: 600;
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    padding-top: 6px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 2px 10px;
    cursor: pointer;
  }
  button:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }
  .message {
    color: var(--_muted);
    font-style: italic;
  }
  .message.error {
    color: var(--_error);
  }
  .state {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--dashwright-border-radius, 8px);
    background: var(--_widget-bg);
    margin-bottom: var(--dashwright-gap, 12px);
  }
  .state.problem {
    border-color: var(--_error);
    color: var(--_error);
  }
  .state.loading {
    color: var(--_muted);
  }
  .grid.busy {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  @media (max-width: 600px) {
    .widget {
      grid-column: 1 / -1 !important;
    }
  }
`;
