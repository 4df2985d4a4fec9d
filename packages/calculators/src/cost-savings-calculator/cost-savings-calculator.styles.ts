import { css } from 'lit';

export const styles = css`
  h3 {
    font-size: 1.1em;
    margin: var(--_kn-space-4) 0 var(--_kn-space-2);
    line-height: 1.3;
  }
  .services {
    display: flex;
    flex-direction: column;
    gap: var(--_kn-space-3);
  }
  fieldset {
    min-width: 0;
  }
  fieldset.service,
  fieldset.item,
  fieldset.constants {
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3) var(--_kn-space-3);
    margin: 0;
  }
  fieldset.service > legend,
  fieldset.constants > legend {
    font-weight: 600;
    padding-inline: var(--_kn-space-1);
  }
  .service-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: var(--_kn-space-3);
    align-items: end;
  }
  .service-grid .text-field {
    flex: none;
    grid-column: 1 / -1;
  }
  .service-grid .time {
    grid-column: span 2;
  }
  @container (max-width: 30em) {
    .service-grid .time {
      grid-column: auto;
      flex-wrap: wrap;
    }
  }
  .time {
    display: flex;
    gap: var(--_kn-space-2);
    align-items: end;
  }
  .time kn-number-field {
    flex: 1 1 auto;
  }
  .time label {
    display: flex;
    flex-direction: column;
    gap: var(--_kn-space-1);
    font-weight: 600;
  }
  .time select {
    min-height: 2.6em;
  }
  .row-foot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_kn-space-2);
    margin-block-start: var(--_kn-space-2);
  }
  .row-sum {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-2);
    margin-block: var(--_kn-space-3);
  }
  .constants .used,
  .constants-used {
    margin: var(--_kn-space-2) 0 0;
    font-size: var(--_kn-font-size-s);
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block: var(--_kn-space-3);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_kn-space-1);
  }
  th,
  td {
    border-block-end: 1px solid var(--_kn-color-border-subtle);
    padding: var(--_kn-space-1) var(--_kn-space-2);
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-end: 0;
    border-block-start: 2px solid var(--_kn-color-border);
  }
  .breakdown {
    margin: var(--_kn-space-3) 0;
  }
  .breakdown svg {
    width: 100%;
    max-width: 44em;
    height: auto;
    display: block;
  }
  .breakdown figcaption {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  .breakdown .name,
  .breakdown .value,
  .breakdown .letter,
  .breakdown .legend-text {
    fill: var(--_kn-color-text);
    font-size: 13px;
  }
  .breakdown .letter {
    font-weight: 700;
  }
  .breakdown .seg {
    stroke: var(--_kn-color-bg);
    stroke-width: 1.5;
  }
  .pat-a {
    fill: var(--kn-chart-a, var(--_kn-color-primary));
  }
  .pat-b {
    fill: var(--kn-chart-b, var(--_kn-color-success));
  }
  .pat-c {
    fill: var(--kn-chart-c, var(--_kn-color-warning));
  }
  .pat-line {
    stroke: var(--_kn-color-bg);
    stroke-width: 2;
  }
  .pat-dot {
    fill: var(--_kn-color-bg);
  }
  .rubric {
    display: flex;
    flex-direction: column;
    gap: var(--_kn-space-3);
  }
  fieldset.item > legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_kn-space-2);
    width: 100%;
    font-weight: 600;
    padding: 0;
  }
  .points {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    background: var(--_kn-color-surface);
    border-radius: var(--_kn-radius-s);
    padding: 0 var(--_kn-space-2);
  }
  fieldset.checks {
    border: 0;
    padding: 0;
    margin: 0;
  }
  fieldset.checks legend {
    width: 100%;
    padding: 0;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-1) var(--_kn-space-4);
    margin-block: var(--_kn-space-1);
  }
  .checks label {
    display: inline-flex;
    gap: var(--_kn-space-2);
    align-items: baseline;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--_kn-space-3);
    margin-block-start: var(--_kn-space-1);
  }
  .note {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
    margin: var(--_kn-space-1) 0 0;
  }
  .status {
    margin-block: var(--_kn-space-2);
  }
  @media print {
    :host {
      font-size: 11pt;
    }
    .actions,
    .row-actions {
      display: none;
    }
    fieldset.service,
    fieldset.item,
    .summary > div,
    tr {
      break-inside: avoid;
    }
    select {
      appearance: none;
      border: 0;
      padding: 0;
    }
    .text-field input {
      border: 0;
      padding: 0;
    }
  }
`;
