import { css } from 'lit';

/**
 * Notices (draft restored or set aside, storage unavailable, import results) and problem lists, shared by
 * the elements that keep drafts: `<div class="notice warning">…<div class="actions">…</div></div>`.
 */
export const noticeStyles = css`
  .notice {
    margin-block: var(--_kn-space-3);
    padding: var(--_kn-space-2) var(--_kn-space-3);
    border-inline-start: 4px solid var(--_kn-color-primary);
    background: var(--_kn-color-surface);
  }
  .notice p {
    margin: 0;
  }
  .notice.warning {
    border-inline-start-color: var(--_kn-color-warning);
  }
  .notice.error {
    border-inline-start-color: var(--_kn-color-danger);
  }
  .notice .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kn-space-2);
    margin-block-start: var(--_kn-space-2);
  }
  .problems {
    margin: var(--_kn-space-1) 0;
    padding-inline-start: 1.5em;
    font-variant-numeric: tabular-nums;
  }
`;
