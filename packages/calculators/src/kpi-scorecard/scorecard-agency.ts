/**
 * Agency mode of the scorecard (rules AE.1–AE.4): the paginated KPI table, the totals and the 70/30
 * composite. Every number and constant shown comes from the model's core results and the result's pack.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AgencyLevel, AgencyResult, Bilingual, Result } from '@khanaen/core';
import { FIELD_NAMES, type AgencyRow } from './rows.js';
import {
  bar,
  cellInput,
  directionSelect,
  problemRow,
  renderStatus,
  rowButtons,
  type ScorecardView,
} from './scorecard-view.js';

const rowLabel = (n: number): Bilingual => ({ th: `ตัวชี้วัดที่ ${n}`, en: `KPI ${n}` });

function renderRow(v: ScorecardView, row: AgencyRow, index: number, count: number): TemplateResult {
  const n = index + 1;
  const where = rowLabel(n);
  const problems = v.model.problemsOf(row);
  const errorId = `${v.uid}-e${row.key}`;
  const scored = v.model.state.scoredByKey.get(row.key);
  const own = scored ? null : v.model.rowResult(row);
  const score = scored ? scored.score : own && own.ok ? own.score : null;
  const max = v.model.agencyConstants.targetPoints.high;
  return html`<tr class=${problems.messages.length ? 'invalid' : ''}>
      <th scope="row" class="n">${v.num(n)}</th>
      ${cellInput(v, row, 'id', where, problems, errorId, 4)}
      ${cellInput(v, row, 'name', where, problems, errorId, 16)}
      ${cellInput(v, row, 'weight', where, problems, errorId, 5)}
      ${cellInput(v, row, 'initial', where, problems, errorId, 5)}
      ${cellInput(v, row, 'standard', where, problems, errorId, 5)}
      ${cellInput(v, row, 'high', where, problems, errorId, 5)}
      ${cellInput(v, row, 'actual', where, problems, errorId, 5)}
      ${directionSelect(v, row, where, problems, errorId, true)}
      <td class="score">${score === null ? html`<span class="muted">—</span>` : bar(v, score, max)}</td>
      <td class="num weighted">${scored ? v.num(scored.weighted) : html`<span class="muted">—</span>`}</td>
      ${rowButtons(v, row, where, index === 0, index === count - 1)}
    </tr>
    ${problemRow(v, problems, errorId, 12)}`;
}

function renderPager(
  v: ScorecardView,
  count: number,
  page: number,
  pages: number,
  all: boolean,
): TemplateResult | typeof nothing {
  if (count <= v.size) return nothing;
  const show = new Set<number>([0, pages - 1]);
  for (let p = page - 2; p <= page + 2; p += 1) if (p >= 0 && p < pages) show.add(p);
  const list = [...show].sort((a, b) => a - b);
  const label = v.t({ th: 'เลือกหน้าของตารางตัวชี้วัด', en: 'KPI table pages' });
  return html`<nav part="pager" class="pager" aria-label=${label}>
    ${
      all
        ? nothing
        : html`<button type="button" class="prev" ?disabled=${page === 0} @click=${() => v.setPage(page - 1)}>
              ${v.t({ th: '‹ ก่อนหน้า', en: '‹ Previous' })}
            </button>
            ${list.map(
              (p, i) =>
                html`${i > 0 && p - (list[i - 1] as number) > 1 ? html`<span class="gap" aria-hidden="true">…</span>` : nothing}
                  <button
                    type="button"
                    class="page ${p === page ? 'current' : ''}"
                    aria-current=${p === page ? 'page' : nothing}
                    aria-label=${v.t({ th: `หน้า ${p + 1}`, en: `Page ${p + 1}` })}
                    @click=${() => v.setPage(p)}
                  >
                    ${v.num(p + 1)}
                  </button>`,
            )}
            <button
              type="button"
              class="next"
              ?disabled=${page >= pages - 1}
              @click=${() => v.setPage(page + 1)}
            >
              ${v.t({ th: 'ถัดไป ›', en: 'Next ›' })}
            </button>`
    }
    <button
      type="button"
      class="show-all"
      aria-pressed=${all ? 'true' : 'false'}
      @click=${() => v.toggleShowAll()}
    >
      ${v.t({ th: `แสดงทั้งหมด ${count} แถว`, en: `Show all ${count} rows` })}
    </button>
  </nav>`;
}

export function renderAgencyTable(v: ScorecardView): TemplateResult {
  const rows = v.model.rows as readonly AgencyRow[];
  const all = v.showAll || v.printing;
  const pages = Math.max(1, Math.ceil(rows.length / v.size));
  const page = Math.min(v.page, pages - 1);
  const start = all ? 0 : page * v.size;
  const visible = all ? rows : rows.slice(start, start + v.size);
  const p = v.model.agencyConstants.targetPoints;
  const captionRange =
    rows.length === 0
      ? ''
      : all
        ? v.t({ th: ` — แสดงทั้งหมด`, en: ' — all shown' })
        : v.t({
            th: ` — แสดงแถวที่ ${start + 1}–${start + visible.length}`,
            en: ` — rows ${start + 1}–${start + visible.length} shown`,
          });
  const table = html`<div
    class="table-wrap"
    part="table"
    role="region"
    tabindex="0"
    aria-label=${v.t({ th: 'ตารางตัวชี้วัด', en: 'KPI table' })}
  >
    <table class="kpis agency">
      <caption>
        ${v.t({ th: `ตัวชี้วัด ${rows.length} รายการ`, en: `${rows.length} KPI${rows.length === 1 ? '' : 's'}` })}${captionRange}
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">${v.t(FIELD_NAMES.id)}</th>
          <th scope="col">${v.t(FIELD_NAMES.name)}</th>
          <th scope="col">${v.t({ th: 'น้ำหนัก (ร้อยละ)', en: 'Weight (%)' })}</th>
          <th scope="col">${v.t({ th: `ขั้นต้น (${p.initial})`, en: `Initial (${p.initial})` })}</th>
          <th scope="col">${v.t({ th: `มาตรฐาน (${p.standard})`, en: `Standard (${p.standard})` })}</th>
          <th scope="col">${v.t({ th: `ขั้นสูง (${p.high})`, en: `High (${p.high})` })}</th>
          <th scope="col">${v.t(FIELD_NAMES.actual)}</th>
          <th scope="col">${v.t(FIELD_NAMES.direction)}</th>
          <th scope="col">${v.t({ th: `คะแนน (เต็ม ${p.high})`, en: `Score (of ${p.high})` })}</th>
          <th scope="col">${v.t({ th: 'คะแนนถ่วงน้ำหนัก', en: 'Weighted' })}</th>
          <th scope="col" class="actions">${v.t({ th: 'จัดการแถว', en: 'Row actions' })}</th>
        </tr>
      </thead>
      <tbody @input=${v.onCellInput} @change=${v.onCellChange}>
        ${repeat(
          visible,
          (r) => r.key,
          (r, i) => renderRow(v, r, start + i, rows.length),
        )}
      </tbody>
    </table>
  </div>`;
  return html`${rows.length ? table : nothing}
  ${
    rows.length === 0
      ? html`<p class="empty">
          ${v.t({ th: 'ยังไม่มีตัวชี้วัด กด “เพิ่มตัวชี้วัด” หรือนำเข้าไฟล์ CSV', en: 'No KPIs yet. Choose “Add KPI” or import a CSV file.' })}
        </p>`
      : nothing
  }
  ${renderPager(v, rows.length, page, pages, all)}`;
}

/** Core's result as is once it carries its position (`.result`), else its score and level. */
const positioned = (r: object): object | undefined => ('position' in r ? r : undefined);

/** The level of an agency score (total or 70/30 composite), as a badge in a summary list. */
function renderLevel(
  v: ScorecardView,
  r: { readonly total: number; readonly level: AgencyLevel },
): TemplateResult {
  return html`<div>
    <dt>${v.t({ th: 'ระดับ', en: 'Level' })}</dt>
    <dd>
      <kn-score-badge
        class="level"
        .result=${positioned(r)}
        .score=${r.total}
        .level=${r.level}
        .numerals=${v.numerals}
        max=${String(v.model.agencyConstants.targetPoints.high)}
      ></kn-score-badge>
    </dd>
  </div>`;
}

function renderWeights(v: ScorecardView): TemplateResult | typeof nothing {
  const w = v.model.state.weightStatus;
  if (!w) return nothing;
  const missing = w.missing
    ? v.t({
        th: ` (ยังไม่นับ ${w.missing} แถวที่น้ำหนักยังไม่ถูกต้อง)`,
        en: ` (${w.missing} row(s) without a valid weight not counted)`,
      })
    : '';
  return w.ok
    ? html`<p class="weights ok">
        <span aria-hidden="true">✓ </span>${v.t({ th: 'น้ำหนักรวม', en: 'Weights total' })}
        ${v.num(v.model.agencyConstants.weightTotal)}${missing}
      </p>`
    : html`<p class="weights bad"><span aria-hidden="true">⚠ </span>${v.t(w.error.message)}${missing}</p>`;
}

function renderComposite(v: ScorecardView, r: Result<AgencyResult>): TemplateResult {
  const c = v.model.composite;
  const k = v.model.agencyConstants;
  const w = k.composite;
  const max = k.targetPoints.high;
  const errorOf = (path: string) =>
    c && !c.ok ? (c.errors.find((e) => e.path === path)?.message ?? null) : null;
  const components = [
    {
      key: 'digital',
      label: { th: `การพัฒนาองค์การสู่ดิจิทัล (${w.digital}%)`, en: `Digital organisation (${w.digital}%)` },
    },
    { key: 'pmqa', label: { th: `สถานะ PMQA 4.0 (${w.pmqa}%)`, en: `PMQA 4.0 status (${w.pmqa}%)` } },
  ] as const;
  const potential = w.digital + w.pmqa;
  return html`<fieldset class="composite">
    <legend>
      ${v.t({ th: `คะแนนรวม Performance Base ${w.performance}% + Potential Base ${potential}% (ไม่บังคับ)`, en: `Composite: Performance Base ${w.performance}% + Potential Base ${potential}% (optional)` })}
    </legend>
    <div class="grid">
      ${components.map(({ key, label }) => {
        const error = errorOf(key);
        return html`<kn-number-field
          class=${key}
          .label=${v.t(label)}
          .hint=${v.t({ th: `คะแนน 0–${max}`, en: `Score 0–${max}` })}
          .value=${v.model[key]}
          .error=${error ? v.t(error) : ''}
          .numerals=${v.numerals}
          @kn-change=${(e: CustomEvent<{ value: string }>) => v.setComponent(key, e.detail.value)}
        ></kn-number-field>`;
      })}
    </div>
    ${
      c && c.ok
        ? html`<dl class="summary composite-result">
              <div>
                <dt>${v.t({ th: `คะแนนรวม ${w.performance}/${potential}`, en: 'Composite score' })}</dt>
                <dd class="big">${v.num(c.total)} <span class="muted">/ ${v.num(max)}</span></dd>
              </div>
              ${renderLevel(v, c)}
            </dl>
            <kn-explanation .steps=${c.explanation} .numerals=${v.numerals}></kn-explanation>`
        : html`<p class="muted composite-hint">
            ${
              r.ok
                ? v.t({ th: 'กรอกคะแนนทั้งสองส่วนเพื่อดูคะแนนรวม', en: 'Enter both scores to see the composite.' })
                : v.t({
                    th: 'คะแนนรวมจะแสดงเมื่อคะแนนตัวชี้วัดคำนวณได้',
                    en: 'The composite appears once the KPI total can be computed.',
                  })
            }
          </p>`
    }
  </fieldset>`;
}

export function renderAgencySummary(v: ScorecardView, r: Result<AgencyResult>): TemplateResult {
  const max = v.model.agencyConstants.targetPoints.high;
  return html`<div part="summary" class="result-panel">
    ${renderWeights(v)}
    ${
      r.ok
        ? html`<dl class="summary">
              <div>
                <dt>${v.t({ th: 'คะแนนรวม (Performance Base)', en: 'Total score (Performance Base)' })}</dt>
                <dd class="big total">${v.num(r.total)} <span class="muted">/ ${v.num(max)}</span></dd>
              </div>
              ${renderLevel(v, r)}
            </dl>
            <kn-band-meter
              scale="agency"
              .result=${positioned(r)}
              .value=${r.total}
              .numerals=${v.numerals}
            ></kn-band-meter>`
        : renderStatus(v)
    }
    ${renderComposite(v, r)}
  </div>`;
}
