import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  .badge {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_kn-space-2);
    padding: var(--_kn-space-1) var(--_kn-space-3);
    border: 2px solid var(--_badge-color, var(--_kn-color-border));
    border-radius: var(--_kn-radius-s);
    background: var(--_kn-color-bg);
    color: var(--_kn-color-text);
    white-space: nowrap;
  }
  .score {
    font-weight: 700;
    font-size: var(--_kn-font-size-l);
    font-variant-numeric: tabular-nums;
  }
  .max,
  .estimate {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  .label::before {
    /* A shape per level, so colour is never the only signal. */
    content: var(--_badge-mark, '');
    margin-inline-end: var(--_kn-space-1);
    color: var(--_badge-color, currentColor);
  }
  :host([size='s']) .badge {
    font-size: var(--_kn-font-size-s);
  }
  :host([size='s']) .score {
    font-size: 1em;
  }
  .level-none,
  .level-needs-improvement {
    --_badge-color: var(--_kn-band-none);
    --_badge-mark: '○';
  }
  .level-needs-improvement {
    --_badge-color: var(--_kn-level-needs-improvement);
  }
  .level-basic,
  .level-standard-basic {
    --_badge-color: var(--_kn-band-basic);
    --_badge-mark: '◔';
  }
  .level-advance,
  .level-standard-high {
    --_badge-color: var(--_kn-band-advance);
    --_badge-mark: '◑';
  }
  .level-significance,
  .level-quality {
    --_badge-color: var(--_kn-band-significance);
    --_badge-mark: '●';
  }
`;
