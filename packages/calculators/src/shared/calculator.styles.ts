import { css } from 'lit';

/** Layout shared by the calculators: a card with a title, a form grid, and a result panel. */
export const calculatorStyles = css`
  :host {
    container-type: inline-size;
  }
  .calc {
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-m);
    background: var(--_kn-color-bg);
    padding: var(--_kn-space-4);
  }
  .title {
    font-size: var(--_kn-font-size-l);
    margin: 0 0 var(--_kn-space-3);
    line-height: 1.3;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--_kn-space-3);
    margin-block: var(--_kn-space-3);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-3);
  }
  .text-field {
    display: flex;
    flex-direction: column;
    flex: 3 1 14em;
    gap: var(--_kn-space-1);
    font-weight: 600;
  }
  .text-field.unit {
    flex: 1 1 6em;
  }
  .text-field input,
  select {
    font: inherit;
    font-weight: 400;
    color: inherit;
    background: var(--_kn-color-bg);
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3);
  }
  fieldset.choice {
    border: 0;
    padding: 0;
    margin: var(--_kn-space-3) 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-1) var(--_kn-space-4);
  }
  fieldset.choice legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_kn-space-1);
    width: 100%;
  }
  fieldset.choice label {
    display: inline-flex;
    gap: var(--_kn-space-2);
    align-items: baseline;
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_kn-color-primary);
    width: 1.1em;
    height: 1.1em;
  }
  .result {
    margin-block-start: var(--_kn-space-4);
    border-block-start: 1px solid var(--_kn-color-border-subtle);
    padding-block-start: var(--_kn-space-3);
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: var(--_kn-space-3);
    margin: 0 0 var(--_kn-space-3);
  }
  .summary > div {
    background: var(--_kn-color-surface);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3);
  }
  .summary .wide {
    grid-column: 1 / -1;
  }
  dt {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  dd.big {
    font-size: var(--_kn-font-size-xl);
    line-height: 1.2;
  }
  .yes {
    color: var(--_kn-color-success);
  }
  .no {
    color: var(--_kn-color-danger);
  }
  .muted {
    color: var(--_kn-color-text-muted);
    font-weight: 400;
    font-size: var(--_kn-font-size-s);
  }
  .errors {
    margin: 0;
    padding-inline-start: 1.2em;
    color: var(--_kn-color-danger);
  }
  .needed {
    margin: 0;
    padding-inline-start: 1.2em;
    font-weight: 400;
  }
  button {
    font: inherit;
    color: var(--_kn-color-primary);
    background: var(--_kn-color-bg);
    border: 1px solid var(--_kn-color-primary);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-1) var(--_kn-space-3);
    cursor: pointer;
  }
  button.primary {
    color: var(--_kn-color-on-primary);
    background: var(--_kn-color-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @container (max-width: 30em) {
    .calc {
      padding: var(--_kn-space-2);
    }
    .grid,
    .summary {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    .calc {
      border: 0;
      padding: 0;
    }
    button {
      display: none;
    }
  }
`;
