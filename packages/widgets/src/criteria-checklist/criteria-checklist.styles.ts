import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4,
  h5 {
    line-height: 1.35;
    margin: 0;
  }
  .title {
    font-size: var(--_kn-font-size-l);
    margin-block-end: var(--_kn-space-3);
  }
  p {
    margin: var(--_kn-space-1) 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    color: var(--_kn-color-primary);
    background: var(--_kn-color-bg);
    border: 1px solid var(--_kn-color-primary);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-1) var(--_kn-space-3);
    cursor: pointer;
  }
  button:hover {
    background: var(--_kn-color-surface);
  }
  button.secondary {
    border-color: var(--_kn-color-border);
    color: var(--_kn-color-text);
  }
  input[type='search'],
  input[type='url'],
  select,
  textarea {
    background: var(--_kn-color-bg);
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    padding: var(--_kn-space-1) var(--_kn-space-2);
  }
  textarea {
    display: block;
    width: 100%;
    resize: vertical;
    min-height: 4.5em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_kn-space-1);
    margin-block: var(--_kn-space-2);
  }
  .field > label,
  .add-link > label {
    font-weight: 600;
  }
  a {
    color: var(--_kn-color-primary);
    overflow-wrap: anywhere;
  }
  code {
    overflow-wrap: anywhere;
  }
  .muted,
  .other,
  .hint {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  .other {
    display: block;
  }

  /* Toolbar and status */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_kn-space-2) var(--_kn-space-4);
    padding: var(--_kn-space-3);
    background: var(--_kn-color-surface);
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-m);
  }
  .toolbar .field {
    margin: 0;
    flex: 1 1 14em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kn-space-2);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_kn-space-1);
  }
  .file {
    display: none;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_kn-space-2);
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
    min-height: 1.6em;
  }

  .loading {
    padding: var(--_kn-space-4);
    color: var(--_kn-color-text-muted);
  }

  /* Estimate */
  .estimate {
    margin-block: var(--_kn-space-4);
    padding: var(--_kn-space-3);
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-m);
  }
  .estimate-label {
    color: var(--_kn-color-warning);
  }
  .categories-table {
    border-collapse: collapse;
    margin-block: var(--_kn-space-2);
    font-size: var(--_kn-font-size-s);
  }
  .categories-table th,
  .categories-table td {
    text-align: start;
    padding: var(--_kn-space-1) var(--_kn-space-3) var(--_kn-space-1) 0;
    border-block-end: 1px solid var(--_kn-color-border-subtle);
  }
  .categories-table td:last-child {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* Categories and items */
  .category {
    margin-block: var(--_kn-space-5);
  }
  .category > h3 {
    font-size: var(--_kn-font-size-l);
  }
  .intent-label {
    font-weight: 600;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_kn-space-2);
    font-size: var(--_kn-font-size-s);
    margin-block: var(--_kn-space-2);
  }
  .bar {
    flex: 0 1 12em;
    height: 0.5em;
    border: 1px solid var(--_kn-color-border);
    border-radius: 999px;
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    background: var(--_kn-color-primary);
  }
  .item {
    /* Items out of view skip layout and paint until scrolled to (Thai line breaking is costly); the
       browser remembers each item's last size so the scrollbar stays put. */
    content-visibility: auto;
    contain-intrinsic-size: auto 22em;
    margin-block: var(--_kn-space-3);
    padding: var(--_kn-space-3);
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-m);
    background: var(--_kn-color-bg);
  }
  .item-heading {
    font-size: 1em;
  }
  .toggle {
    display: flex;
    align-items: baseline;
    gap: var(--_kn-space-2);
    width: 100%;
    text-align: start;
    border: 0;
    padding: var(--_kn-space-1);
    color: var(--_kn-color-text);
    font-weight: 700;
  }
  .id {
    font-variant-numeric: tabular-nums;
    color: var(--_kn-color-text-muted);
    white-space: nowrap;
  }
  .chevron {
    color: var(--_kn-color-primary);
  }
  .item-summary {
    font-size: var(--_kn-font-size-s);
  }

  /* Level radio group: the three descriptors in order, reached levels marked. */
  .levels {
    border: 1px solid var(--_kn-color-border-subtle);
    border-radius: var(--_kn-radius-s);
    margin: var(--_kn-space-2) 0;
    padding: var(--_kn-space-2) var(--_kn-space-3);
  }
  .levels legend {
    font-weight: 600;
    padding: 0 var(--_kn-space-1);
  }
  .level {
    display: flex;
    align-items: flex-start;
    gap: var(--_kn-space-2);
    padding: var(--_kn-space-1) var(--_kn-space-2);
    border-inline-start: 4px solid transparent;
    border-radius: var(--_kn-radius-s);
    cursor: pointer;
  }
  .level input {
    margin-block-start: 0.35em;
    flex: none;
  }
  .level-text {
    display: flex;
    flex-direction: column;
  }
  .level-name {
    font-weight: 600;
  }
  .level.reached {
    background: var(--_kn-color-surface);
  }
  .level-basic.reached {
    border-inline-start-color: var(--_kn-band-basic);
  }
  .level-advance.reached {
    border-inline-start-color: var(--_kn-band-advance);
  }
  .level-significance.reached {
    border-inline-start-color: var(--_kn-band-significance);
  }
  .implied {
    font-weight: 400;
    color: var(--_kn-color-success);
    font-size: var(--_kn-font-size-s);
  }

  /* Prompts */
  .prompts {
    margin-block-start: var(--_kn-space-3);
  }
  .prompt {
    padding: var(--_kn-space-3) 0;
    border-block-start: 1px solid var(--_kn-color-border-subtle);
  }
  .prompt.match {
    border-inline-start: 4px solid var(--_kn-color-primary);
    padding-inline-start: var(--_kn-space-3);
  }
  .prompt-heading {
    font-size: 1em;
    font-weight: 400;
  }
  .prompt-heading .id {
    font-weight: 700;
    margin-inline-end: var(--_kn-space-1);
  }
  .tag {
    margin-inline-start: var(--_kn-space-1);
    padding: 0 var(--_kn-space-1);
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    font-size: var(--_kn-font-size-s);
    white-space: nowrap;
  }
  .details {
    margin: var(--_kn-space-1) 0;
    padding-inline-start: 1.5em;
  }
  .links ul {
    margin: var(--_kn-space-1) 0;
    padding-inline-start: 1.5em;
  }
  .links li {
    margin-block: var(--_kn-space-1);
  }
  .links li button {
    margin-inline-start: var(--_kn-space-2);
    font-size: var(--_kn-font-size-s);
  }
  .links-heading {
    font-weight: 600;
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-2);
    margin-block-start: var(--_kn-space-1);
  }
  .add-row input {
    flex: 1 1 16em;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_kn-color-danger);
  }
  .error {
    color: var(--_kn-color-danger);
    font-size: var(--_kn-font-size-s);
    margin: 0;
  }
  .print-only {
    display: none;
  }
  .empty {
    padding: var(--_kn-space-4);
  }

  @media print {
    .toolbar,
    .status-row,
    .notice,
    .hint,
    button:not(.toggle),
    .add-link,
    textarea,
    .bar {
      display: none !important;
    }
    .print-only {
      display: block;
      white-space: pre-wrap;
      border-inline-start: 2px solid var(--_kn-color-border-subtle);
      padding-inline-start: var(--_kn-space-2);
    }
    .chevron {
      display: none;
    }
    .toggle {
      padding: 0;
    }
    .levels,
    .prompt {
      break-inside: avoid-page;
    }
    .item {
      border-color: var(--_kn-color-border);
      content-visibility: visible;
    }
    a::after {
      content: '';
    }
  }
`;
