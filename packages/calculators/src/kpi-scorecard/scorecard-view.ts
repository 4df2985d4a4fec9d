/**
 * What the scorecard's render helpers need from the element (`ScorecardView`), and the cells every table
 * shares. Render helpers only read the model's state and call back into the element: they decide nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AgencyResult, Bilingual, Category7SetResult } from '@khanaen/core';
import { FIELD_NAMES, type AgencyField, type AnyRow, type Category7Field } from './rows.js';
import type { RowProblems, ScorecardModel } from './scorecard-model.js';

export interface ScorecardView {
  readonly model: ScorecardModel;
  readonly uid: string;
  readonly locale: 'th' | 'en';
  readonly numerals: 'latin' | 'thai';
  t(text: Bilingual): string;
  num(value: number): string;
  digits(text: string): string;
  levelName(id: string): string;
  /** Agency: rows per page, the page shown, all rows shown (also while printing). */
  readonly size: number;
  readonly page: number;
  readonly showAll: boolean;
  readonly printing: boolean;
  readonly onCellInput: (e: Event) => void;
  readonly onCellChange: (e: Event) => void;
  add(dimension?: string): void;
  move(key: number, delta: -1 | 1): void;
  remove(key: number): void;
  goTo(key: number, field: string | undefined): void;
  setPage(page: number): void;
  toggleShowAll(): void;
  setComponent(key: 'digital' | 'pmqa', value: string): void;
}

const NUMERIC = new Set<string>(['weight', 'initial', 'standard', 'high', 'actual', 'target', 'y2', 'y1']);

/** A score bar (length = score / max) with the number as text, so colour is never the only signal. */
export function bar(v: ScorecardView, score: number, max: number): TemplateResult {
  const w = max > 0 ? Math.max(0, Math.min(100, (score / max) * 100)) : 0;
  return html`<span class="bar-wrap"
    ><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="0" width="100" height="10"></rect>
      <rect class="fill" x="0" y="0" width=${w} height="10"></rect></svg
    ><span class="bar-num">${v.num(score)}</span></span
  >`;
}

export function cellInput(
  v: ScorecardView,
  row: AnyRow,
  field: AgencyField | Category7Field,
  where: Bilingual,
  problems: RowProblems,
  errorId: string,
  size = 7,
): TemplateResult {
  const name = FIELD_NAMES[field];
  const value = (row as unknown as Record<string, string>)[field] ?? '';
  const invalid = problems.fields.has(field);
  const warned = problems.warned.has(field);
  return html`<td class=${NUMERIC.has(field) ? 'num' : 'text'}>
    <input
      class=${warned ? 'warned' : ''}
      type="text"
      inputmode=${NUMERIC.has(field) ? 'decimal' : 'text'}
      autocomplete="off"
      size=${size}
      data-key=${row.key}
      data-field=${field}
      aria-label=${v.locale === 'th' ? v.digits(`${name.th} ${where.th}`) : v.digits(`${name.en}, ${where.en}`)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid || warned ? errorId : nothing}
      .value=${live(value)}
    />
  </td>`;
}

export function directionSelect(
  v: ScorecardView,
  row: AnyRow,
  where: Bilingual,
  problems: RowProblems,
  errorId: string,
  inferred: boolean,
): TemplateResult {
  const d = row.direction;
  const known = d === '' || d === 'higher' || d === 'lower';
  const invalid = problems.fields.has('direction');
  return html`<td>
    <select
      data-key=${row.key}
      data-field="direction"
      aria-label=${v.locale === 'th' ? v.digits(`ทิศทาง ${where.th}`) : v.digits(`Direction, ${where.en}`)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? errorId : nothing}
    >
      <option value="" .selected=${d === ''}>
        ${inferred ? v.t({ th: 'อนุมานจากค่าเป้าหมาย', en: 'From the target order' }) : v.t({ th: 'ยิ่งมากยิ่งดี (ค่าเริ่มต้น)', en: 'Higher is better (default)' })}
      </option>
      <option value="higher" .selected=${d === 'higher'}>
        ${v.t({ th: 'ยิ่งมากยิ่งดี', en: 'Higher is better' })}
      </option>
      <option value="lower" .selected=${d === 'lower'}>
        ${v.t({ th: 'ยิ่งน้อยยิ่งดี', en: 'Lower is better' })}
      </option>
      ${known ? nothing : html`<option value=${d} .selected=${true}>${d}</option>`}
    </select>
  </td>`;
}

export function rowButtons(
  v: ScorecardView,
  row: AnyRow,
  where: Bilingual,
  first: boolean,
  last: boolean,
): TemplateResult {
  const label = (th: string, en: string) =>
    v.locale === 'th' ? v.digits(`${th} ${where.th}`) : v.digits(`${en} ${where.en}`);
  return html`<td class="actions">
    <span class="buttons">
      <button
        type="button"
        class="icon"
        data-key=${row.key}
        data-action="up"
        ?disabled=${first}
        aria-label=${label('เลื่อนขึ้น', 'Move up')}
        @click=${() => v.move(row.key, -1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="icon"
        data-key=${row.key}
        data-action="down"
        ?disabled=${last}
        aria-label=${label('เลื่อนลง', 'Move down')}
        @click=${() => v.move(row.key, 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        class="icon danger"
        data-key=${row.key}
        data-action="remove"
        aria-label=${label('ลบ', 'Remove')}
        @click=${() => v.remove(row.key)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </span>
  </td>`;
}

export function problemRow(
  v: ScorecardView,
  problems: RowProblems,
  errorId: string,
  columns: number,
): TemplateResult | typeof nothing {
  if (problems.messages.length === 0 && problems.warnings.length === 0) return nothing;
  return html`<tr class="row-problems">
    <td colspan=${columns} id=${errorId}>
      <ul>
        ${problems.messages.map((m) => html`<li class="error"><span aria-hidden="true">⚠ </span>${v.t(m)}</li>`)}
        ${problems.warnings.map((m) => html`<li class="warn"><span aria-hidden="true">△ </span>${v.t(m)}</li>`)}
      </ul>
    </td>
  </tr>`;
}

/** Why there is no total yet: an error summary for rows the user has finished, a hint otherwise. */
export function renderStatus(v: ScorecardView): TemplateResult {
  const rows = v.model.rows;
  const items = v.model.statusItems();
  const incomplete = rows.some((r) => v.model.pristine.has(r.key));
  if (items.length === 0) {
    const total = v.model.agencyConstants.weightTotal;
    return html`<p class="status muted">
      ${
        rows.length === 0
          ? v.t({ th: 'เพิ่มตัวชี้วัดอย่างน้อย 1 ตัวเพื่อดูผลคะแนน', en: 'Add at least one KPI to see the score.' })
          : incomplete
            ? v.t({
                th: 'กรอกตัวชี้วัดแถวใหม่ให้ครบเพื่อดูผลคะแนน',
                en: 'Complete the new KPI row to see the score.',
              })
            : v.t({
                th: `ปรับน้ำหนักให้รวมกันเท่ากับ ${total} เพื่อดูผลคะแนน`,
                en: `Make the weights total ${total} to see the score.`,
              })
      }
    </p>`;
  }
  const max = 12;
  const shown = items.slice(0, max);
  return html`<div class="error-summary" role="group" aria-labelledby="${v.uid}-errs">
    <p id="${v.uid}-errs" class="error-title">
      <strong
        >${v.t({ th: `ยังคำนวณผลไม่ได้: พบปัญหา ${items.length} รายการ`, en: `No result yet: ${items.length} problem${items.length === 1 ? '' : 's'} to fix` })}</strong
      >
    </p>
    <ul class="errors">
      ${shown.map(
        (it) =>
          html`<li>
            ${v.t(it.text)}
            ${
              it.key !== null
                ? html`<button
                    type="button"
                    class="link goto"
                    @click=${() => v.goTo(it.key as number, it.field)}
                  >
                    ${v.t({ th: 'ไปที่ช่องนี้', en: 'Go to the field' })}
                  </button>`
                : nothing
            }
          </li>`,
      )}
      ${items.length > shown.length ? html`<li>${v.t({ th: `และอีก ${items.length - shown.length} รายการ`, en: `and ${items.length - shown.length} more` })}</li>` : nothing}
    </ul>
  </div>`;
}

/** Where focus goes after the next render: a cell, a row's button, or the add button (of a dimension). */
export type FocusTarget =
  | { readonly key: number; readonly field?: string; readonly action?: 'up' | 'down' | 'remove' }
  | { readonly add: string };

export function focusIn(root: ParentNode, target: FocusTarget): void {
  let el: HTMLElement | null = null;
  if ('add' in target) {
    el = root.querySelector<HTMLElement>(
      target.add ? `button.add[data-dimension="${target.add}"]` : 'button.add',
    );
  } else if (target.action) {
    el = root.querySelector<HTMLButtonElement>(
      `button[data-key="${target.key}"][data-action="${target.action}"]`,
    );
    if (el && (el as HTMLButtonElement).disabled) {
      const other = target.action === 'up' ? 'down' : target.action === 'down' ? 'up' : 'remove';
      el = root.querySelector<HTMLElement>(`button[data-key="${target.key}"][data-action="${other}"]`);
    }
  } else if (target.field) {
    el = root.querySelector<HTMLElement>(`[data-key="${target.key}"][data-field="${target.field}"]`);
  }
  el?.focus();
}

/** A row as named in announcements: " 3 “name”" (agency) or " “name”" (Category 7). */
export function rowName(row: AnyRow, i: number): Bilingual {
  const name = row.name.trim();
  return 'dimension' in row
    ? { th: ` “${name || '—'}”`, en: `“${name || '—'}”` }
    : { th: ` ${i + 1}${name ? ` “${name}”` : ''}`, en: `${i + 1}${name ? ` “${name}”` : ''}` };
}

/** A short sentence for screen readers whenever the total changes. */
export function announcement(v: ScorecardView): string {
  const r = v.model.result;
  if (v.model.mode === 'cat7') {
    if (!r.ok) return '';
    const c = r as Category7SetResult;
    return v.t({
      th: `คะแนนหมวด 7 ${v.num(c.score)} ${c.passesStage1 ? 'ผ่าน' : 'ยังไม่ผ่าน'}การตรวจประเมินขั้นตอนที่ 1`,
      en: `Category 7 score ${v.num(c.score)}; ${c.passesStage1 ? 'passes' : 'does not pass'} assessment stage 1.`,
    });
  }
  if (r.ok) {
    const a = r as AgencyResult;
    return v.t({
      th: `คะแนนรวม ${v.num(a.total)} ${v.levelName(a.level)}`,
      en: `Total ${v.num(a.total)}, ${v.levelName(a.level)}`,
    });
  }
  const w = v.model.state.weightStatus;
  return w && !w.ok ? v.t(w.error.message) : '';
}

/** The KPIs of a page's JSON: an array, or `{ kpis: [...] }`; throws for anything else. */
export function kpisOfJson(text: string): unknown[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { kpis?: unknown }).kpis)
      ? (data as { kpis: unknown[] }).kpis
      : null;
  if (!list) throw new Error('not a list');
  return list;
}
