import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 8em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--_kn-space-1);
  }
  .required {
    color: var(--_kn-color-danger);
  }
  .hint {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
    margin-block-end: var(--_kn-space-1);
  }
  .control {
    display: flex;
    align-items: stretch;
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    background: var(--_kn-color-bg);
  }
  .control:focus-within {
    outline: var(--_kn-focus-ring);
    outline-offset: var(--_kn-focus-offset);
  }
  .control.invalid {
    border: 2px solid var(--_kn-color-danger);
  }
  input {
    flex: 1 1 auto;
    min-width: 0;
    width: 100%;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 0;
    padding: var(--_kn-space-2) var(--_kn-space-3);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  input:focus {
    outline: none;
  }
  input:disabled {
    color: var(--_kn-color-text-muted);
    cursor: not-allowed;
  }
  .unit {
    display: flex;
    align-items: center;
    padding: 0 var(--_kn-space-3);
    color: var(--_kn-color-text-muted);
    border-inline-start: 1px solid var(--_kn-color-border-subtle);
    white-space: nowrap;
  }
  .error {
    color: var(--_kn-color-danger);
    font-size: var(--_kn-font-size-s);
    min-height: 0;
  }
  .error:not(:empty) {
    margin-block-start: var(--_kn-space-1);
  }
  :host([disabled]) .control {
    background: var(--_kn-color-surface);
  }
`;
