import { css } from 'lit';

export const styles = css`
  .result-panel {
    margin-block: var(--_kn-space-3);
  }
  .result-panel .summary {
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
  }
  .summary kn-score-badge {
    max-width: 100%;
  }
  .weights {
    margin: 0 0 var(--_kn-space-3);
    font-weight: 600;
  }
  .weights.ok {
    color: var(--_kn-color-success);
  }
  .weights.bad {
    color: var(--_kn-color-warning);
  }
  .gate.yes dd {
    color: var(--_kn-color-success);
  }
  .gate.no dd {
    color: var(--_kn-color-danger);
  }
  .dims {
    margin: 0;
    padding-inline-start: 1.2em;
    font-weight: 400;
  }
  .dim-id {
    font-weight: 600;
  }
  kn-band-meter,
  kn-explanation {
    margin-block: var(--_kn-space-3);
  }
  fieldset.composite {
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-s);
    margin: var(--_kn-space-3) 0 0;
    padding: var(--_kn-space-2) var(--_kn-space-3);
  }
  fieldset.composite legend {
    font-weight: 600;
    padding: 0 var(--_kn-space-1);
  }
  .error-summary {
    border: 2px solid var(--_kn-color-danger);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    margin-block: var(--_kn-space-3);
  }
  .error-summary .error-title {
    margin: 0 0 var(--_kn-space-1);
  }
  .error-summary .errors li {
    margin-block: var(--_kn-space-1);
  }
  button.link {
    border: 0;
    padding: 0 var(--_kn-space-1);
    text-decoration: underline;
    background: transparent;
  }
  .warnings {
    margin-block: var(--_kn-space-3);
    color: var(--_kn-color-warning);
  }
  .warnings p {
    margin: 0;
  }
  .warnings ul {
    margin: var(--_kn-space-1) 0 0;
    padding-inline-start: 1.2em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kn-space-2);
    margin-block: var(--_kn-space-3);
    padding: var(--_kn-space-2);
    border: 2px dashed transparent;
    border-radius: var(--_kn-radius-s);
  }
  .toolbar.dragging {
    border-color: var(--_kn-color-primary);
  }
  .toolbar .hint {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table.kpis {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_kn-font-size-s);
  }
  table.kpis caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_kn-space-1);
  }
  table.kpis th,
  table.kpis td {
    border-block-end: 1px solid var(--_kn-color-border-subtle);
    padding: var(--_kn-space-1);
    text-align: start;
    vertical-align: middle;
  }
  table.kpis thead th {
    background: var(--_kn-color-surface);
    font-weight: 600;
    white-space: nowrap;
  }
  table.kpis th.n {
    font-weight: 400;
    color: var(--_kn-color-text-muted);
  }
  table.kpis input,
  table.kpis select {
    font: inherit;
    color: inherit;
    background: var(--_kn-color-bg);
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-1);
    max-width: 100%;
  }
  table.kpis select {
    max-width: 9em;
  }
  table.kpis td.group select {
    max-width: 12em;
  }
  table.kpis input.warned,
  table.kpis select.warned {
    border: 2px dashed var(--_kn-color-warning);
  }
  table.kpis td.num input {
    text-align: end;
  }
  table.kpis input[aria-invalid='true'],
  table.kpis select[aria-invalid='true'] {
    border: 2px solid var(--_kn-color-danger);
  }
  tr.duplicate td {
    background: var(--_kn-color-surface);
  }
  tr.row-problems td {
    border-block-end: 1px solid var(--_kn-color-border-subtle);
    padding-block-start: 0;
  }
  tr.row-problems ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  tr.row-problems .error {
    color: var(--_kn-color-danger);
  }
  tr.row-problems .warn {
    color: var(--_kn-color-warning);
  }
  tr.empty-slot td {
    font-style: italic;
  }
  td.score {
    min-width: 8em;
  }
  .bar-wrap {
    display: inline-flex;
    align-items: center;
    gap: var(--_kn-space-2);
  }
  svg.bar {
    width: 4.5em;
    height: 0.7em;
    display: block;
  }
  svg.bar .track {
    fill: var(--_kn-color-surface);
    stroke: var(--_kn-color-border);
    stroke-width: 0.5;
  }
  svg.bar .fill {
    fill: var(--_kn-color-primary);
  }
  .bar-num {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  td.score .level,
  td.score .flag {
    display: block;
    font-size: var(--_kn-font-size-s);
  }
  td.score .flag.duplicate {
    color: var(--_kn-color-warning);
    font-weight: 600;
  }
  td.actions .buttons {
    display: inline-flex;
    gap: var(--_kn-space-1);
  }
  button.icon {
    padding: 0 var(--_kn-space-2);
    min-width: 2.2em;
    min-height: 2.2em;
  }
  button.danger {
    color: var(--_kn-color-danger);
    border-color: var(--_kn-color-danger);
  }
  button.secondary {
    border-color: var(--_kn-color-border);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kn-space-1);
    margin-block: var(--_kn-space-3);
  }
  .pager .page.current {
    color: var(--_kn-color-on-primary);
    background: var(--_kn-color-primary);
    font-weight: 600;
  }
  .pager .show-all[aria-pressed='true'] {
    font-weight: 600;
    border-width: 2px;
  }
  .empty {
    color: var(--_kn-color-text-muted);
  }
  div.dimension {
    margin-block: var(--_kn-space-4);
  }
  div.dimension h3 {
    font-size: 1.05em;
    margin: 0 0 var(--_kn-space-1);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-1) var(--_kn-space-3);
    align-items: baseline;
  }
  .dim-score {
    font-weight: 400;
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  div.dimension > button.add {
    margin-block-start: var(--_kn-space-2);
  }
  @media print {
    .toolbar,
    .pager,
    .notice,
    .goto,
    th.actions,
    td.actions,
    fieldset.composite kn-number-field {
      display: none !important;
    }
    table.kpis input,
    table.kpis select {
      border: 0;
      padding: 0;
      appearance: none;
      background: transparent;
    }
    .table-wrap {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
