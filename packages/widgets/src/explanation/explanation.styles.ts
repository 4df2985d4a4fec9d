import { css } from 'lit';

export const styles = css`
  summary {
    cursor: pointer;
    color: var(--_kn-color-primary);
    font-weight: 600;
    padding-block: var(--_kn-space-1);
  }
  ol {
    margin: var(--_kn-space-2) 0;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: var(--_kn-space-2);
  }
  .source {
    display: block;
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  abbr {
    text-decoration: underline dotted;
  }
  .warnings {
    list-style: none;
    margin: 0 0 var(--_kn-space-2);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    border-inline-start: 4px solid var(--_kn-color-warning);
    background: var(--_kn-color-surface);
    color: var(--_kn-color-text);
  }
  .warnings li + li {
    margin-block-start: var(--_kn-space-1);
  }
  button {
    font: inherit;
    font-size: var(--_kn-font-size-s);
    color: var(--_kn-color-primary);
    background: var(--_kn-color-bg);
    border: 1px solid var(--_kn-color-primary);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-1) var(--_kn-space-3);
    cursor: pointer;
  }
  .copied {
    margin-inline-start: var(--_kn-space-2);
    font-size: var(--_kn-font-size-s);
    color: var(--_kn-color-text-muted);
  }
  @media print {
    details > :not(summary) {
      display: block;
    }
    button,
    .copied {
      display: none;
    }
  }
`;
