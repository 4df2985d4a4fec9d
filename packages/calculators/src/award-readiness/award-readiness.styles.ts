import { css } from 'lit';

/** The award readiness calculator's own layout (the shared card, grid and buttons come from calculatorStyles). */
export const styles = css`
  .text-field,
  select {
    min-width: 0;
    max-width: 100%;
  }
  h3 {
    font-size: var(--_kn-font-size-m, 1rem);
    margin: var(--_kn-space-4) 0 var(--_kn-space-2);
  }
  .questions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: var(--_kn-space-3);
  }
  .q {
    background: var(--_kn-color-surface);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    margin: 0;
    border: 0;
    min-width: 0;
  }
  fieldset.q legend,
  .q .label {
    font-weight: 600;
    padding: 0;
  }
  .q .opts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-1) var(--_kn-space-4);
    margin-block-start: var(--_kn-space-1);
  }
  .q .opts label {
    display: inline-flex;
    gap: var(--_kn-space-2);
    align-items: baseline;
  }
  .cite {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
    font-style: normal;
    font-weight: 400;
    white-space: nowrap;
  }
  .q input[type='text'] {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    background: var(--_kn-color-bg);
    color: inherit;
  }
  .q .field-error {
    color: var(--_kn-color-danger);
    margin: var(--_kn-space-1) 0 0;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_kn-color-focus, var(--_kn-color-primary));
    outline-offset: 2px;
  }
  .verdict {
    font-size: var(--_kn-font-size-l);
    font-weight: 700;
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    margin: 0 0 var(--_kn-space-3);
    border: 2px solid currentColor;
  }
  ul.gates,
  ul.dims {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kn-space-2);
  }
  ul.gates li,
  ul.dims li {
    display: grid;
    grid-template-columns: 1.6em 1fr;
    gap: var(--_kn-space-2);
    align-items: start;
  }
  .mark {
    font-weight: 700;
    text-align: center;
  }
  .pending {
    color: var(--_kn-color-text-muted);
  }
  .rule {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-2);
    margin-block: var(--_kn-space-3);
  }
  .notice {
    border-inline-start: 4px solid var(--_kn-color-primary);
    background: var(--_kn-color-surface);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    margin-block: var(--_kn-space-2);
  }
  @container (max-width: 30em) {
    .questions {
      grid-template-columns: 1fr;
    }
    .cite {
      white-space: normal;
    }
  }
`;
