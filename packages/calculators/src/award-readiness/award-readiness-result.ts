/** Rendering of core's award readiness result (no state: everything comes from the result). */
import { html, nothing, type TemplateResult } from 'lit';
import type { AwardGate, Bilingual, PmqaPathResult } from '@khanaen/core';
import type { AwardReadinessOutcome } from './award-readiness-model.js';

/** What the view needs of the element: its translation and number formatting. */
export interface ResultView {
  readonly t: (text: Bilingual) => string;
  readonly num: (value: number) => string;
  readonly pct: (value: number) => string;
  readonly level: (id: string) => string;
  readonly numerals: 'latin' | 'thai';
}

function gateItem(g: AwardGate, v: ResultView): TemplateResult {
  const [mark, cls, word] = g.met
    ? ['✓', 'yes', { th: 'ผ่าน', en: 'Met' }]
    : g.missing
      ? ['?', 'pending', { th: 'ยังไม่ได้ตอบ', en: 'Not answered' }]
      : ['✗', 'no', { th: 'ไม่ผ่าน', en: 'Not met' }];
  return html`<li class=${cls}>
    <span class="mark" aria-hidden="true">${mark}</span>
    <span
      ><span class="visually-hidden">${v.t(word)}: </span><span class="rule">${g.rule}</span> ${v.t(g.text)}
      <cite class="cite">${g.source}</cite></span
    >
  </li>`;
}

/** The verdict, the conditions, the dimensions and the explanation of core's result. */
export function renderResult(r: AwardReadinessOutcome, v: ResultView): TemplateResult {
  if (!r.ok)
    return html`<div class="verdict no" part="verdict" role="status">
        ${v.t({ th: 'แก้ไขคำตอบที่ไม่ถูกต้องก่อน', en: 'Fix the answers that are not valid first' })}
      </div>
      <ul class="errors">
        ${r.errors.map((e) => html`<li>${v.t(e.message)}</li>`)}
      </ul>`;
  const pm = r as PmqaPathResult;
  return html`
    <div class="verdict ${r.eligible ? 'yes' : 'no'}" part="verdict" data-eligible=${String(r.eligible)}>
      <span aria-hidden="true">${r.eligible ? '✓ ' : '✗ '}</span>${
        r.eligible
          ? v.t({ th: 'พร้อมสมัคร', en: 'Ready to apply' })
          : v.t({
              th: `ยังไม่พร้อม — เหลือ ${v.num(r.unmet.length)} ข้อ`,
              en: `Not yet — ${v.num(r.unmet.length)} to do`,
            })
      }
    </div>
    <h3>${v.t({ th: 'เงื่อนไขการสมัคร', en: 'Conditions' })}</h3>
    <ul class="gates" part="gates">
      ${r.reasons.map((g) => gateItem(g, v))}
    </ul>
    ${
      r.dimensions.length
        ? html`<h3>${v.t({ th: 'คะแนนรายมิติ', en: 'Dimensions' })}</h3>
            <ul class="dims" part="dimensions">
              ${r.dimensions.map(
                (d) =>
                  html`<li class=${d.met === false ? 'no' : d.met ? 'yes' : ''}>
                    <span class="mark" aria-hidden="true">${d.met === null ? '•' : d.met ? '✓' : '✗'}</span>
                    <span
                      >${v.t(d.label)}: ${d.score === null ? '–' : v.num(d.score)} / ${v.num(d.max)}
                      ${d.pct !== null ? html`(${v.pct(d.pct)})` : nothing}
                      ${d.met === null ? nothing : html`<span class="visually-hidden">${v.t(d.met ? { th: 'ผ่าน', en: 'met' } : { th: 'ไม่ผ่าน', en: 'not met' })}</span>`}
                      <cite class="cite">${d.source}</cite></span
                    >
                  </li>`,
              )}
            </ul>
            ${
              r.total !== null
                ? html`<p>
                    <strong
                      >${v.t({ th: 'รวม', en: 'Total' })}: ${v.num(r.total)} / ${v.num(r.max ?? 100)}</strong
                    >
                  </p>`
                : nothing
            }`
        : nothing
    }
    ${
      pm.scale40 !== undefined && pm.scale40 !== null
        ? html`<p>
            ${v.t({ th: 'คะแนนเฉลี่ย 7 หมวด', en: '7-category mean' })}:
            <strong>${v.num(pm.overall ?? 0)}</strong> · ${pm.band ? v.level(pm.band) : ''} ·
            ${v.t({ th: 'มาตรา 4.0', en: '4.0 scale' })}: <strong>${v.num(pm.scale40)}</strong>
          </p>`
        : nothing
    }
    <kn-explanation part="explanation" .steps=${r.explanation} .numerals=${v.numerals}></kn-explanation>
  `;
}
