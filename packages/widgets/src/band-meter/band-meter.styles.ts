import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .wrap {
    container-type: inline-size;
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--_kn-color-text);
  }
  .label {
    font-size: var(--_kn-font-size-s);
    color: var(--_kn-color-text-muted);
    font-weight: 600;
  }
  .reading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_kn-space-1) var(--_kn-space-3);
    margin-block: var(--_kn-space-1);
  }
  .value {
    font-size: var(--_kn-font-size-xl);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .value.empty {
    font-size: var(--_kn-font-size-l);
    font-weight: 600;
    color: var(--_kn-color-text-muted);
  }
  .unit {
    color: var(--_kn-color-text-muted);
  }
  .band-label {
    font-weight: 600;
    font-size: var(--_kn-font-size-l);
  }
  .mark {
    color: var(--_seg-color, currentColor);
    margin-inline-end: var(--_kn-space-1);
  }
  .error {
    margin: var(--_kn-space-1) 0;
    color: var(--_kn-color-danger);
    font-weight: 600;
  }
  .next,
  .award {
    margin: var(--_kn-space-1) 0;
  }
  .award {
    color: var(--_kn-color-success);
    font-weight: 600;
  }

  /* The bar. Padding keeps end markers and tick numbers inside the element. */
  .meter {
    padding: 1.1em 0.9em 0.4em;
  }
  .track {
    position: relative;
    height: 1.25em;
    border: 1px solid var(--_kn-color-border);
    border-radius: var(--_kn-radius-s);
    background: var(--_kn-color-surface);
  }
  .no-value .track {
    opacity: 0.55;
  }
  .segment {
    position: absolute;
    top: 0;
    bottom: 0;
    background-color: var(--_seg-color);
    border-inline-start: 1px solid var(--_kn-color-bg);
  }
  .segment:first-child {
    border-inline-start: 0;
  }
  .segment.point {
    /* A band that is a single value (Category 7 "500"): a visible notch at the end. */
    width: 6px !important;
    margin-inline-start: -6px;
  }
  .marker,
  .compare-marker,
  .scale-marker {
    position: absolute;
    width: 0;
  }
  .marker {
    top: -0.55em;
    bottom: -0.35em;
    border-inline-start: 3px solid var(--_kn-color-text);
    margin-inline-start: -1.5px;
  }
  .marker::before {
    content: '▼';
    position: absolute;
    top: -0.85em;
    left: -1.5px;
    transform: translateX(-50%);
    font-size: 0.9em;
    line-height: 1;
    color: var(--_kn-color-text);
  }
  .compare-marker {
    top: -0.2em;
    bottom: -0.2em;
    border-inline-start: 3px dashed var(--_kn-color-text-muted);
    margin-inline-start: -1.5px;
  }
  .compare-marker::after {
    content: '◆';
    position: absolute;
    bottom: -0.95em;
    left: -1.5px;
    transform: translateX(-50%);
    font-size: 0.85em;
    line-height: 1;
    color: var(--_kn-color-text-muted);
  }
  .scale-marker {
    top: -0.3em;
    bottom: -0.3em;
    border-inline-start: 2px dotted var(--_kn-color-text);
    margin-inline-start: -1px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .marker,
    .compare-marker {
      transition: left 300ms ease-out;
    }
  }

  /* Tick numbers under the bar: only when there is room; the threshold list always has them. */
  .ticks {
    display: none;
    position: relative;
    height: 1.5em;
    margin-block-start: 0.7em;
    font-size: var(--_kn-font-size-s);
    color: var(--_kn-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    top: 0;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .tick.first {
    transform: none;
  }
  .tick.last {
    transform: translateX(-100%);
  }
  @container (min-width: 36em) {
    .ticks {
      display: block;
    }
  }

  /* Band list with thresholds: a row when wide, stacked when narrow. */
  .thresholds,
  .markers {
    list-style: none;
    margin: var(--_kn-space-2) 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_kn-space-1);
    font-size: var(--_kn-font-size-s);
  }
  @container (min-width: 36em) {
    .thresholds {
      flex-direction: row;
      flex-wrap: wrap;
      gap: var(--_kn-space-1) var(--_kn-space-4);
    }
  }
  .thresholds li,
  .markers li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_kn-space-1);
    min-width: 0;
  }
  .thresholds li.current {
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    width: 1.4em;
    height: 0.9em;
    border: 1px solid var(--_kn-color-border);
    border-radius: 2px;
    background-color: var(--_seg-color);
  }
  .from,
  .award-tag {
    color: var(--_kn-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .current .from {
    color: inherit;
  }

  /* Colours per band id, with index fallbacks for custom scales. */
  .pat-0 {
    --_seg-color: var(--_kn-band-none);
  }
  .pat-1 {
    --_seg-color: var(--_kn-band-basic);
  }
  .pat-2 {
    --_seg-color: var(--_kn-band-advance);
  }
  .pat-3 {
    --_seg-color: var(--_kn-band-significance);
  }
  .pat-4 {
    --_seg-color: var(--_kn-level-quality);
  }
  .band-none {
    --_seg-color: var(--_kn-band-none);
  }
  .band-basic {
    --_seg-color: var(--_kn-band-basic);
  }
  .band-advance {
    --_seg-color: var(--_kn-band-advance);
  }
  .band-significance {
    --_seg-color: var(--_kn-band-significance);
  }
  .band-needs-improvement {
    --_seg-color: var(--_kn-level-needs-improvement);
  }
  .band-standard-basic {
    --_seg-color: var(--_kn-level-standard-basic);
  }
  .band-standard-high {
    --_seg-color: var(--_kn-level-standard-high);
  }
  .band-quality {
    --_seg-color: var(--_kn-level-quality);
  }

  /* A pattern per band position, so bands differ without colour (also in the swatches). */
  .segment.pat-1,
  .pat-1 .swatch {
    background-image: repeating-linear-gradient(45deg, rgb(0 0 0 / 0.28) 0 2px, transparent 2px 7px);
  }
  .segment.pat-2,
  .pat-2 .swatch {
    background-image: radial-gradient(rgb(0 0 0 / 0.32) 1.2px, transparent 1.6px);
    background-size: 6px 6px;
  }
  .segment.pat-3,
  .pat-3 .swatch {
    background-image:
      repeating-linear-gradient(45deg, rgb(255 255 255 / 0.4) 0 2px, transparent 2px 7px),
      repeating-linear-gradient(-45deg, rgb(255 255 255 / 0.4) 0 2px, transparent 2px 7px);
  }
  .segment.pat-4,
  .pat-4 .swatch {
    background-image: repeating-linear-gradient(90deg, rgb(0 0 0 / 0.3) 0 2px, transparent 2px 6px);
  }
  @media (forced-colors: active) {
    .marker,
    .marker::before,
    .compare-marker,
    .scale-marker {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
