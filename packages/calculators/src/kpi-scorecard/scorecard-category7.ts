/**
 * Category 7 mode of the scorecard (rules C7, C7S): one table of slots per dimension, the set's score, its
 * band and the stage-1 gate. Groups, slots and points come from the year's rule pack (through the model).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DIMENSIONS, type Bilingual, type Category7SetResult, type Result } from '@khanaen/core';
import { FIELD_NAMES, isDimension, type Category7Row } from './rows.js';
import type { RowProblems } from './scorecard-model.js';
import {
  bar,
  cellInput,
  directionSelect,
  problemRow,
  renderStatus,
  rowButtons,
  type ScorecardView,
} from './scorecard-view.js';

function groupSelect(
  v: ScorecardView,
  row: Category7Row,
  where: Bilingual,
  problems: RowProblems,
  errorId: string,
): TemplateResult {
  const dim = row.dimension;
  const groups = isDimension(dim) ? v.model.category7Constants.dimensions[dim].groups : [];
  const known = row.group === '' || groups.some((g) => g.id === row.group);
  const invalid = problems.fields.has('group');
  const warned = problems.warned.has('group');
  return html`<td class="group">
    <select
      class=${warned ? 'warned' : ''}
      data-key=${row.key}
      data-field="group"
      aria-label=${v.locale === 'th' ? v.digits(`กลุ่มตัววัด ${where.th}`) : v.digits(`KPI group, ${where.en}`)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid || warned ? errorId : nothing}
    >
      <option value="" .selected=${row.group === ''}>
        ${v.t({ th: '— เลือกกลุ่ม —', en: '— Choose a group —' })}
      </option>
      ${groups.map((g) => html`<option value=${g.id} .selected=${row.group === g.id}>${g.mandatory ? '* ' : ''}${g.label[v.locale]}</option>`)}
      ${known ? nothing : html`<option value=${row.group} .selected=${true}>${v.t({ th: 'ไม่รู้จัก: ', en: 'Unknown: ' })}${row.group}</option>`}
    </select>
  </td>`;
}

function slotCell(v: ScorecardView, row: Category7Row): TemplateResult {
  const max = v.model.category7Constants.points.significance;
  const slot = v.model.state.slotsByKey.get(row.key);
  if (slot) {
    const dup = slot.duplicateOf;
    return html`<td class="score">
      ${bar(v, slot.score, max)}
      <span class="level">${v.levelName(slot.level)}</span>
      ${
        dup
          ? html`<span class="flag duplicate"
              ><span aria-hidden="true">⧉ </span
              >${v.t({ th: `ซ้ำกับมิติ ${dup.dimension} ช่องที่ ${dup.slot} — ไม่ได้คะแนน`, en: `Repeats ${dup.dimension} slot ${dup.slot} — scores 0` })}</span
            >`
          : nothing
      }
      ${slot.counted ? nothing : html`<span class="flag">${v.t({ th: 'เกินจำนวนช่อง ไม่นับคะแนน', en: 'Beyond the slots — not scored' })}</span>`}
    </td>`;
  }
  const own = v.model.rowResult(row);
  return html`<td class="score">
    ${
      own.ok && 'level' in own
        ? html`${bar(v, own.score, max)}<span class="level">${v.levelName(own.level)}</span>`
        : html`<span class="muted">—</span>`
    }
  </td>`;
}

function renderRow(v: ScorecardView, row: Category7Row, slotIndex: number, count: number): TemplateResult {
  const dim = row.dimension;
  const where: Bilingual = {
    th: `มิติ ${dim || '?'} ช่องที่ ${slotIndex + 1}`,
    en: `${dim || '?'} slot ${slotIndex + 1}`,
  };
  const problems = v.model.problemsOf(row);
  const errorId = `${v.uid}-e${row.key}`;
  const duplicate = v.model.state.slotsByKey.get(row.key)?.duplicateOf;
  return html`<tr class="${problems.messages.length ? 'invalid' : ''} ${duplicate ? 'duplicate' : ''}">
      <th scope="row" class="n">${v.num(slotIndex + 1)}</th>
      ${
        isDimension(dim)
          ? nothing
          : html`<td>
              <select
                data-key=${row.key}
                data-field="dimension"
                aria-label=${v.locale === 'th' ? `มิติ ${where.th}` : `Dimension, ${where.en}`}
                aria-invalid="true"
                aria-describedby=${errorId}
              >
                <option value="" .selected=${true}>${dim || '—'}</option>
                ${DIMENSIONS.map((d) => html`<option value=${d}>${d}</option>`)}
              </select>
            </td>`
      }
      ${groupSelect(v, row, where, problems, errorId)}
      ${cellInput(v, row, 'name', where, problems, errorId, 16)}
      ${cellInput(v, row, 'unit', where, problems, errorId, 5)}
      ${cellInput(v, row, 'target', where, problems, errorId, 5)}
      ${cellInput(v, row, 'actual', where, problems, errorId, 5)}
      ${cellInput(v, row, 'y2', where, problems, errorId, 5)}
      ${cellInput(v, row, 'y1', where, problems, errorId, 5)}
      ${directionSelect(v, row, where, problems, errorId, false)} ${slotCell(v, row)}
      ${rowButtons(v, row, where, slotIndex === 0, slotIndex === count - 1)}
    </tr>
    ${problemRow(v, problems, errorId, isDimension(dim) ? 12 : 13)}`;
}

function head(v: ScorecardView, withDimension: boolean): TemplateResult {
  const max = v.model.category7Constants.points.significance;
  return html`<thead>
    <tr>
      <th scope="col">${v.t({ th: 'ช่อง', en: 'Slot' })}</th>
      ${withDimension ? html`<th scope="col">${v.t(FIELD_NAMES.dimension)}</th>` : nothing}
      <th scope="col">${v.t({ th: 'กลุ่มตัววัด (* = บังคับ)', en: 'KPI group (* = mandatory)' })}</th>
      <th scope="col">${v.t(FIELD_NAMES.name)}</th>
      <th scope="col">${v.t(FIELD_NAMES.unit)}</th>
      <th scope="col">${v.t(FIELD_NAMES.target)}</th>
      <th scope="col">${v.t(FIELD_NAMES.actual)}</th>
      <th scope="col">${v.t(FIELD_NAMES.y2)}</th>
      <th scope="col">${v.t(FIELD_NAMES.y1)}</th>
      <th scope="col">${v.t(FIELD_NAMES.direction)}</th>
      <th scope="col">${v.t({ th: `ระดับและคะแนน (เต็ม ${max})`, en: `Level and score (of ${max})` })}</th>
      <th scope="col" class="actions">${v.t({ th: 'จัดการแถว', en: 'Row actions' })}</th>
    </tr>
  </thead>`;
}

export function renderCategory7Tables(v: ScorecardView, r: Result<Category7SetResult>): TemplateResult {
  const rows = v.model.rows as readonly Category7Row[];
  const constants = v.model.category7Constants;
  const slots = constants.slotsPerDimension;
  const others = rows.filter((x) => !isDimension(x.dimension));
  return html`${DIMENSIONS.map((dim) => {
    const members = rows.filter((x) => x.dimension === dim);
    const label = constants.dimensions[dim].label;
    const headId = `${v.uid}-d${dim.replace('.', '-')}`;
    const empty = Array.from(
      { length: Math.max(0, slots - members.length) },
      (_, i) => members.length + i + 1,
    );
    return html`<div class="dimension">
      <h3 id=${headId}>
        ${v.digits(dim)} ${label[v.locale]}
        ${r.ok ? html`<span class="dim-score">${v.t({ th: 'คะแนนมิติ', en: 'Dimension score' })} ${v.num(r.dimensions[dim].score)}</span>` : nothing}
      </h3>
      <div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby=${headId}>
        <table class="kpis cat7" aria-labelledby=${headId}>
          ${head(v, false)}
          <tbody @input=${v.onCellInput} @change=${v.onCellChange}>
            ${repeat(
              members,
              (x) => x.key,
              (x, i) => renderRow(v, x, i, members.length),
            )}
            ${empty.map(
              (n) =>
                html`<tr class="empty-slot">
                  <th scope="row" class="n">${v.num(n)}</th>
                  <td colspan="11" class="muted">
                    ${v.t({ th: 'ช่องว่าง — 0 คะแนน', en: 'Empty slot — scores 0' })}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <button type="button" class="add" data-dimension=${dim} @click=${() => v.add(dim)}>
        <span aria-hidden="true">+ </span>${v.t({ th: `เพิ่มตัวชี้วัดในมิติ ${dim}`, en: `Add a KPI to ${dim}` })}
      </button>
    </div>`;
  })}
  ${
    others.length
      ? html`<div class="dimension other">
          <h3 id="${v.uid}-dx">${v.t({ th: 'ตัวชี้วัดที่ยังไม่ได้ระบุมิติ', en: 'KPIs without a valid dimension' })}</h3>
          <div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby="${v.uid}-dx">
            <table class="kpis cat7" aria-labelledby="${v.uid}-dx">
              ${head(v, true)}
              <tbody @input=${v.onCellInput} @change=${v.onCellChange}>
                ${repeat(
                  others,
                  (x) => x.key,
                  (x, i) => renderRow(v, x, i, others.length),
                )}
              </tbody>
            </table>
          </div>
        </div>`
      : nothing
  }`;
}

export function renderCategory7Summary(v: ScorecardView, r: Result<Category7SetResult>): TemplateResult {
  if (!r.ok) return html`<div part="summary" class="result-panel">${renderStatus(v)}</div>`;
  const constants = v.model.category7Constants;
  const gate = constants.stage1PassScore;
  const max = constants.points.significance;
  const structural = r.warnings;
  return html`<div part="summary" class="result-panel">
    <dl class="summary">
      <div>
        <dt>${v.t({ th: 'คะแนนหมวด 7', en: 'Category 7 score' })}</dt>
        <dd class="big total">${v.num(r.score)} <span class="muted">/ ${v.num(max)}</span></dd>
      </div>
      <div>
        <dt>${v.t({ th: 'ระดับ', en: 'Band' })}</dt>
        <dd>
          <kn-score-badge .result=${r} .numerals=${v.numerals}></kn-score-badge>
        </dd>
      </div>
      <div class="gate ${r.passesStage1 ? 'yes' : 'no'}">
        <dt>${v.t({ th: 'การตรวจประเมินขั้นตอนที่ 1', en: 'Assessment stage 1' })}</dt>
        <dd>
          ${
            r.passesStage1
              ? html`<span aria-hidden="true">✓ </span
                  >${v.t({ th: `ผ่าน (คะแนนหมวด 7 ตั้งแต่ ${gate})`, en: `Passes (Category 7 score at least ${gate})` })}`
              : html`<span aria-hidden="true">✗ </span
                  >${v.t({ th: `ยังไม่ผ่าน (ต้องได้ตั้งแต่ ${gate})`, en: `Does not pass yet (needs at least ${gate})` })}`
          }
        </dd>
      </div>
      <div class="wide">
        <dt>${v.t({ th: 'คะแนนรายมิติ', en: 'Dimension scores' })}</dt>
        <dd>
          <ul class="dims">
            ${DIMENSIONS.map(
              (d) =>
                html`<li>
                  <span class="dim-id">${v.digits(d)}</span>
                  ${constants.dimensions[d].label[v.locale]}:
                  <strong>${v.num(r.dimensions[d].score)}</strong>
                </li>`,
            )}
          </ul>
        </dd>
      </div>
    </dl>
    <kn-band-meter scale="cat7" .result=${r} .numerals=${v.numerals}></kn-band-meter>
    ${
      structural.length
        ? html`<div class="warnings">
            <p>
              <strong
                >${v.t({ th: `ข้อสังเกตด้านโครงสร้าง ${structural.length} รายการ`, en: `${structural.length} structural warning${structural.length === 1 ? '' : 's'}` })}</strong
              >
            </p>
            <ul>
              ${structural.map((w) => html`<li data-code=${w.code}><span aria-hidden="true">△ </span>${v.t(w.message)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
  </div>`;
}
