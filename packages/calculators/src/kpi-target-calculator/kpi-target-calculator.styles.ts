import { css } from 'lit';

export const styles = css`
  kn-trend-chart,
  .interp {
    margin-block: var(--_kn-space-3);
  }
  .interp {
    margin-inline: 0;
  }
  .interp svg {
    width: 100%;
    max-width: 32em;
    height: auto;
    display: block;
  }
  .interp figcaption {
    color: var(--_kn-color-text-muted);
    font-size: var(--_kn-font-size-s);
  }
  .interp .grid {
    stroke: var(--_kn-color-border-subtle);
    stroke-width: 1;
  }
  .interp .axis,
  .interp .tick,
  .interp .tick-label {
    fill: var(--_kn-color-text-muted);
    font-size: 11px;
  }
  .interp .tick {
    fill: var(--_kn-color-text);
  }
  .interp .curve {
    fill: none;
    stroke: var(--_kn-color-primary);
    stroke-width: 2.5;
  }
  .interp .target {
    fill: var(--_kn-color-bg);
    stroke: var(--_kn-color-primary);
    stroke-width: 2;
  }
  .interp .actual line {
    stroke: var(--_kn-color-text);
    stroke-dasharray: 3 3;
  }
  .interp .actual rect {
    fill: var(--_kn-color-warning);
    stroke: var(--_kn-color-text);
  }
`;
