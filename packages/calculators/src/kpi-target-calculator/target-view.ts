/**
 * The calculator's render helpers, by mode: they read the model (its result, errors and constants) and call
 * back into the element; they decide nothing and parse nothing themselves.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  commonEraYear,
  pmqa40Cat7,
  type AgencyKpiResult,
  type Bilingual,
  type Category7KpiResult,
} from '@khanaen/core';
import type { TargetModel } from './target-model.js';

export interface TargetView {
  readonly model: TargetModel;
  readonly uid: string;
  readonly numerals: 'latin' | 'thai';
  readonly disabled: boolean;
  readonly name: string;
  readonly unit: string;
  /** This year in the Buddhist Era. */
  readonly thisYear: number;
  t(text: Bilingual): string;
  /** A number for people (at most `places` decimals, default 2). */
  num(value: number, places?: number): string;
  pct(value: number): string;
  levelName(id: string): string;
  /** A number field bound to one input (`path` = its error path, also `data-field`). */
  field(
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options?: { unit?: string; errorPaths?: string[] },
  ): TemplateResult;
  set(patch: Partial<Pick<TargetModel['inputs'], 'target' | 'actual' | 'history' | 'boundaries'>>): void;
  setAgency(
    key: 'initialTarget' | 'standardTarget' | 'highTarget' | 'actual' | 'weight',
    value: string,
  ): void;
}

// ------------------------------------------------------------------ Category 7

export function category7Inputs(v: TargetView): TemplateResult {
  const y = v.thisYear;
  const i = v.model.inputs;
  const setHistory = (n: number) => (value: string) => {
    const next = [i.history[0] ?? '', i.history[1] ?? ''];
    next[n] = value;
    v.set({ history: next });
  };
  const year = (by: number) => ({ th: `ปี ${by}`, en: `${commonEraYear(by)}` });
  const c = (v.model.category7Pack ?? pmqa40Cat7).constants;
  const [b, a] = [c.basicMaxPct, c.advanceMaxPct];
  // In time order: the two previous years, then this year's target and result.
  return html`
    <div class="grid">
      ${v.field(
        'history.0',
        v.t({ th: `ผลการดำเนินงาน${year(y - 2).th}`, en: `Result ${year(y - 2).en}` }),
        i.history[0] ?? '',
        setHistory(0),
        { errorPaths: ['history.0', 'history'] },
      )}
      ${v.field(
        'history.1',
        v.t({ th: `ผลการดำเนินงาน${year(y - 1).th}`, en: `Result ${year(y - 1).en}` }),
        i.history[1] ?? '',
        setHistory(1),
        { errorPaths: ['history.1', 'history'] },
      )}
      ${v.field('target', v.t({ th: `ค่าเป้าหมาย${year(y).th}`, en: `Target ${year(y).en}` }), i.target, (x) => v.set({ target: x }))}
      ${v.field('actual', v.t({ th: `ผลการดำเนินงาน${year(y).th}`, en: `Result ${year(y).en}` }), i.actual, (x) => v.set({ actual: x }))}
    </div>
    <fieldset class="choice">
      <legend>
        ${v.t({ th: `การอ่านเกณฑ์ร้อยละ ${b} และ ${a}`, en: `Reading of the ${b} % and ${a} % boundaries` })}
      </legend>
      <label
        ><input
          type="radio"
          name="${v.uid}-boundaries"
          .checked=${i.boundaries !== 'table'}
          ?disabled=${v.disabled}
          @change=${() => v.set({ boundaries: 'text' })}
        />
        ${v.t({ th: `ตามข้อความเกณฑ์ (≤ ${b} พื้นฐาน, ≤ ${a} ก้าวหน้า) — ค่าเริ่มต้น`, en: `As the criteria text (≤ ${b} Basic, ≤ ${a} Advance) — default` })}</label
      >
      <label
        ><input
          type="radio"
          name="${v.uid}-boundaries"
          .checked=${i.boundaries === 'table'}
          ?disabled=${v.disabled}
          @change=${() => v.set({ boundaries: 'table' })}
        />
        ${v.t({ th: `ตามตาราง (< ${b} พื้นฐาน, < ${a} ก้าวหน้า)`, en: `As the table (< ${b} Basic, < ${a} Advance)` })}</label
      >
    </fieldset>
  `;
}

export function category7Result(v: TargetView, r: Category7KpiResult): TemplateResult {
  const unit = v.unit ? ` ${v.unit}` : '';
  const y = v.thisYear;
  const m = v.model;
  const i = m.inputs;
  // Input-like values are shown with the inputs' precision (`places`, SPEC §0), as core rounded them.
  const shown = (x: number) => v.num(x, r.places);
  const bound = r.direction === 'higher' ? { th: 'อย่างน้อย', en: 'at least' } : { th: 'ไม่เกิน', en: 'at most' };
  const points = [
    { year: y - 2, value: m.numberOf(i.history[0]) },
    { year: y - 1, value: m.numberOf(i.history[1]) },
    { year: y, value: m.numberOf(i.actual) },
  ];
  return html`
    <dl part="summary" class="summary">
      <div>
        <dt>${v.t({ th: 'ค่าเฉลี่ย 2 ปีก่อนหน้า', en: 'Two-year baseline' })}</dt>
        <dd>${shown(r.baseline)}${unit}</dd>
      </div>
      <div>
        <dt>${v.t({ th: 'เป้าหมายท้าทาย', en: 'Challenging target' })}</dt>
        <dd class=${r.challenging ? 'yes' : 'no'}>
          ${
            r.challenging
              ? html`<span aria-hidden="true">✓ </span>${v.t({ th: 'ใช่', en: 'Yes' })}`
              : html`<span aria-hidden="true">✗ </span
                  >${v.t({ th: 'ไม่ใช่ — ได้ 0 คะแนน', en: 'No — scores 0' })}`
          }
          <span class="muted"
            >(${v.t({ th: `ค่าเป้าหมายต้อง${r.direction === 'higher' ? 'ไม่ต่ำกว่า' : 'ไม่สูงกว่า'}`, en: `target must be ${bound.en}` })}
            ${shown(r.minimumTarget)}${unit})</span
          >
        </dd>
      </div>
      <div>
        <dt>${v.t({ th: 'ดีกว่าค่าเป้าหมาย', en: 'Better than target by' })}</dt>
        <dd>${v.pct(r.improvementPct)}</dd>
      </div>
      <div>
        <dt>${v.t({ th: 'ระดับและคะแนน', en: 'Level and score' })}</dt>
        <dd>
          <kn-score-badge .result=${r} .numerals=${v.numerals}></kn-score-badge>
        </dd>
      </div>
      ${
        r.actualNeeded.advance !== null && r.actualNeeded.significance !== null
          ? html`<div class="wide">
              <dt>${v.t({ th: 'ผลที่ต้องได้ในแต่ละระดับ', en: 'Result needed for each level' })}</dt>
              <dd>
                <ul class="needed">
                  <li>
                    ${v.levelName('advance')}: ${v.t(bound)}
                    <strong>${shown(r.actualNeeded.advance)}${unit}</strong>
                  </li>
                  <li>
                    ${v.levelName('significance')}: ${v.t(bound)}
                    <strong>${shown(r.actualNeeded.significance)}${unit}</strong>
                  </li>
                </ul>
              </dd>
            </div>`
          : nothing
      }
    </dl>
    <kn-trend-chart
      part="chart"
      .points=${points}
      .target=${m.numberOf(i.target)}
      .unit=${v.unit}
      .label=${v.name || v.t({ th: 'ผลการดำเนินงาน 3 ปี', en: 'Three-year results' })}
      .direction=${r.direction}
      .numerals=${v.numerals}
    ></kn-trend-chart>
    <kn-explanation
      part="explanation"
      .steps=${r.explanation}
      .warnings=${r.warnings}
      .numerals=${v.numerals}
    ></kn-explanation>
  `;
}

// ------------------------------------------------------------------ agency

export function agencyInputs(v: TargetView): TemplateResult {
  const i = v.model.inputs;
  const p = v.model.agencyConstants.targetPoints;
  return html`
    <div class="grid">
      ${v.field(
        'targets.initial',
        v.t({ th: `ค่าเป้าหมายขั้นต้น (${p.initial} คะแนน)`, en: `Initial target (${p.initial} points)` }),
        i.initialTarget,
        (x) => v.setAgency('initialTarget', x),
        { errorPaths: ['targets.initial', 'targets'] },
      )}
      ${v.field(
        'targets.standard',
        v.t({ th: `ค่าเป้าหมายมาตรฐาน (${p.standard} คะแนน)`, en: `Standard target (${p.standard} points)` }),
        i.standardTarget,
        (x) => v.setAgency('standardTarget', x),
        { errorPaths: ['targets.standard'] },
      )}
      ${v.field(
        'targets.high',
        v.t({ th: `ค่าเป้าหมายขั้นสูง (${p.high} คะแนน)`, en: `High target (${p.high} points)` }),
        i.highTarget,
        (x) => v.setAgency('highTarget', x),
        { errorPaths: ['targets.high'] },
      )}
      ${v.field('actual', v.t({ th: 'ผลการดำเนินงาน', en: 'Result' }), i.actual, (x) => v.setAgency('actual', x))}
      ${v.field('weight', v.t({ th: 'น้ำหนัก (ไม่บังคับ)', en: 'Weight (optional)' }), i.weight, (x) => v.setAgency('weight', x), { unit: '%' })}
    </div>
  `;
}

export function agencyResult(v: TargetView, r: AgencyKpiResult): TemplateResult {
  const max = v.model.agencyConstants.targetPoints.high;
  return html`
    <dl part="summary" class="summary">
      <div>
        <dt>${v.t({ th: 'คะแนนตัวชี้วัด', en: 'KPI score' })}</dt>
        <dd class="big">${v.num(r.score)} <span class="muted">/ ${v.num(max)}</span></dd>
      </div>
      ${
        r.weighted !== null
          ? html`<div>
              <dt>${v.t({ th: 'คะแนนถ่วงน้ำหนัก', en: 'Weighted contribution' })}</dt>
              <dd>${v.num(r.weighted)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${v.t({ th: 'ทิศทาง', en: 'Direction' })}</dt>
        <dd>
          ${r.direction === 'higher' ? v.t({ th: 'ค่ายิ่งมากยิ่งดี', en: 'Higher is better' }) : v.t({ th: 'ค่ายิ่งน้อยยิ่งดี', en: 'Lower is better' })}
        </dd>
      </div>
    </dl>
    ${interpolation(v, r)}
    <kn-explanation part="explanation" .steps=${r.explanation} .numerals=${v.numerals}></kn-explanation>
  `;
}

/** A small chart of the three targets and their points (from the pack), with the result marked. */
function interpolation(v: TargetView, r: AgencyKpiResult): TemplateResult {
  const m = v.model;
  const i = m.inputs;
  const p = m.agencyConstants.targetPoints;
  const num = (x: string) => m.numberOf(x) ?? NaN;
  const t = [num(i.initialTarget), num(i.standardTarget), num(i.highTarget)] as [number, number, number];
  const a = num(i.actual);
  const lo = Math.min(...t, a);
  const hi = Math.max(...t, a);
  const span = hi - lo || 1;
  const W = 320;
  const H = 150;
  const pad = { l: 36, r: 12, t: 12, b: 34 };
  // x runs from worse to better so the line always rises.
  const better = r.direction === 'higher';
  const x = (value: number) => pad.l + ((better ? value - lo : hi - value) / span) * (W - pad.l - pad.r);
  const y = (s: number) => pad.t + (1 - s / p.high) * (H - pad.t - pad.b);
  const [x0, x1, x2] = t.map(x) as [number, number, number];
  const path = `M${pad.l},${y(0)} L${x0},${y(0)} L${x0},${y(p.initial)} L${x1},${y(p.standard)} L${x2},${y(p.high)} L${W - pad.r},${y(p.high)}`;
  const labels = [
    { x: x0, s: p.initial, text: v.t({ th: 'ขั้นต้น', en: 'Initial' }), v: t[0] },
    { x: x1, s: p.standard, text: v.t({ th: 'มาตรฐาน', en: 'Standard' }), v: t[1] },
    { x: x2, s: p.high, text: v.t({ th: 'ขั้นสูง', en: 'High' }), v: t[2] },
  ];
  const summary = v.t({
    th: `ค่าเป้าหมายขั้นต้น ${v.num(t[0])} = ${p.initial} คะแนน, มาตรฐาน ${v.num(t[1])} = ${p.standard} คะแนน, ขั้นสูง ${v.num(t[2])} = ${p.high} คะแนน; ผลการดำเนินงาน ${v.num(a)} ได้ ${v.num(r.score)} คะแนน`,
    en: `Initial target ${v.num(t[0])} = ${p.initial} points, standard ${v.num(t[1])} = ${p.standard}, high ${v.num(t[2])} = ${p.high}; the result ${v.num(a)} scores ${v.num(r.score)}.`,
  });
  return html`<figure part="chart" class="interp">
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary}>
      ${[0, p.initial, p.standard, p.high].map(
        (s) => svg`<line class="grid" x1=${pad.l} x2=${W - pad.r} y1=${y(s)} y2=${y(s)}></line>
          <text class="axis" x=${pad.l - 6} y=${y(s) + 4} text-anchor="end">${v.num(s)}</text>`,
      )}
      <path class="curve" d=${path}></path>
      ${labels.map(
        (l) => svg`<circle class="target" cx=${l.x} cy=${y(l.s)} r="4"></circle>
          <text class="tick" x=${l.x} y=${H - pad.b + 14} text-anchor="middle">${v.num(l.v)}</text>
          <text class="tick-label" x=${l.x} y=${H - pad.b + 28} text-anchor="middle">${l.text}</text>`,
      )}
      <g class="actual">
        <line x1=${x(a)} x2=${x(a)} y1=${pad.t} y2=${H - pad.b}></line>
        <rect
          x=${x(a) - 5}
          y=${y(r.score) - 5}
          width="10"
          height="10"
          transform="rotate(45 ${x(a)} ${y(r.score)})"
        ></rect>
      </g>
    </svg>
    <figcaption>${summary}</figcaption>
  </figure>`;
}
