import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .wrap {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .caption {
    margin: 0 0 var(--_kn-space-1);
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
    font-size: 13px;
  }
  .axis {
    stroke: var(--_kn-color-border);
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke: var(--_kn-color-primary);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_kn-color-bg);
    stroke: var(--_kn-color-primary);
    stroke-width: 2.5;
  }
  .point.last {
    fill: var(--_kn-color-primary);
  }
  .value-label,
  .year,
  .target-label,
  .gap {
    fill: var(--_kn-color-text);
    paint-order: stroke;
    stroke: var(--_kn-color-bg);
    stroke-width: 4px;
    stroke-linejoin: round;
    font-variant-numeric: tabular-nums;
  }
  .value-label.last,
  .year.last {
    font-weight: 700;
  }
  .gap {
    fill: var(--_kn-color-text-muted);
    font-size: 1.4em;
  }
  .target line {
    stroke: var(--_kn-color-text-muted);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .target-label {
    fill: var(--_kn-color-text-muted);
    font-size: 0.92em;
  }
  details {
    margin-block-start: var(--_kn-space-2);
    font-size: var(--_kn-font-size-s);
  }
  summary {
    cursor: pointer;
    color: var(--_kn-color-primary);
    width: fit-content;
  }
  table {
    border-collapse: collapse;
    margin-block-start: var(--_kn-space-2);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_kn-space-1);
  }
  th,
  td {
    border: 1px solid var(--_kn-color-border-subtle);
    padding: var(--_kn-space-1) var(--_kn-space-3);
    text-align: start;
  }
  td {
    text-align: end;
  }
  thead th {
    background: var(--_kn-color-surface);
  }
  .message {
    margin: 0;
    padding: var(--_kn-space-3);
    border: 1px solid var(--_kn-color-border);
    border-inline-start: 4px solid var(--_kn-color-warning);
    border-radius: var(--_kn-radius-s);
    background: var(--_kn-color-surface);
  }
  @media (forced-colors: active) {
    .line,
    .point,
    .target line {
      stroke: CanvasText;
    }
    .point.last {
      fill: CanvasText;
    }
  }
`;
