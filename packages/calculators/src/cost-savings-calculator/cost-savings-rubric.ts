/** The cost-savings calculator's efficiency rubric (rule FE items 1–9), value points and total. */
import { html, nothing, type TemplateResult } from 'lit';
import type { BeforeAfter, Bilingual } from '@khanaen/core';
import type { CostSavingsItem, CostSavingsPair } from './cost-savings-model.js';
import { LAW_LEVELS, check, message, numberField, type CostSavingsView } from './cost-savings-view.js';

function points(v: CostSavingsView, item: CostSavingsItem): TemplateResult {
  const e = v.model.efficiency;
  const max = v.model.itemMax(item);
  const pts = e.ok ? v.num(e.items[item].points) : '–';
  const pct = e.ok ? e.items[item].reductionPct : null;
  return html`<span class="points" data-points=${item}
    >${pct !== null ? html`${v.t({ th: `ลดลง${v.pct(pct)}`, en: `−${v.pct(pct)}` })} · ` : nothing}${pts} /
    ${max === null ? '–' : v.num(max)} ${v.t({ th: 'คะแนน', en: 'points' })}</span
  >`;
}

function item(
  v: CostSavingsView,
  no: number,
  key: CostSavingsItem,
  title: Bilingual,
  body: TemplateResult,
): TemplateResult {
  return html`<fieldset class="item" data-item=${key}>
    <legend><span>${v.digits(String(no))}. ${v.t(title)}</span> ${points(v, key)}</legend>
    ${body}
  </fieldset>`;
}

function pair(v: CostSavingsView, key: CostSavingsPair, label: Bilingual, unit: Bilingual): TemplateResult {
  const m = v.model;
  const value = m.rubric[key];
  const side = (s: keyof BeforeAfter, when: Bilingual) =>
    numberField(v, {
      path: `${key}.${s}`,
      label: v.t({ th: `${label.th} ${when.th}`, en: `${label.en} ${when.en}` }),
      value: value?.[s],
      unit: v.t(unit),
      error: message(v, m.rubricError(`${key}.${s}`)),
      min: 0,
      set: (x) => m.setPair(key, s, x),
      touch: () => m.touchRubric(key),
    });
  return html`<div class="pair">
    ${side('before', { th: 'ก่อนปรับปรุง', en: 'before' })} ${side('after', { th: 'หลังปรับปรุง', en: 'after' })}
  </div>`;
}

function flag(
  v: CostSavingsView,
  key: 'renewalByPayment' | 'other' | 'regulatoryGuillotine',
  label: Bilingual,
): TemplateResult {
  const m = v.model;
  return html`<div class="checks">
    ${check(v, !!m.rubric[key], v.t(label), (on) => m.setFlag(key, on), key)}
  </div>`;
}

function lawItem(v: CostSavingsView): TemplateResult {
  const m = v.model;
  const c = m.pack.constants;
  const levels = new Set(m.rubric.law?.levels ?? []);
  const pts = (n: number) => v.t({ th: `${n} คะแนน`, en: `${n} points` });
  return html`<fieldset class="checks">
      <legend class="muted">
        ${v.t({ th: 'ลำดับชั้นของกฎหมายที่ยกเลิก/แก้ไข', en: 'Levels of law repealed or amended' })}
      </legend>
      ${LAW_LEVELS.map((l) =>
        check(
          v,
          levels.has(l.id),
          `${v.t(l.label)} (${pts(c.law[l.id])})`,
          (on) => m.toggleLaw(l.id, on),
          `law.levels.${l.id}`,
        ),
      )}
    </fieldset>
    <div class="pair">
      ${numberField(v, {
        path: 'law.count',
        label: v.t({ th: 'จำนวนกฎหมายที่แก้ไข', en: 'Number of instruments amended' }),
        value: m.rubric.law?.count,
        unit: v.t({ th: 'ฉบับ', en: 'instruments' }),
        error: message(v, m.rubricError('law.count')),
        integer: true,
        min: 0,
        set: (x) => m.setText('law.count', x),
        touch: () => m.touchRubric('law'),
      })}
    </div>`;
}

function eServiceItem(v: CostSavingsView): TemplateResult {
  const m = v.model;
  const c = m.pack.constants.eService;
  const es = m.rubric.eService ?? {};
  const pts = (n: number) => v.t({ th: `${n} คะแนน`, en: `${n} points` });
  const part = (key: 'form' | 'payment' | 'document', label: Bilingual) =>
    check(
      v,
      !!es[key],
      v.t({ th: `${label.th} (${pts(c[key])})`, en: `${label.en} (${pts(c[key])})` }),
      (on) => m.setEService(key, on),
      `eService.${key}`,
    );
  return html`<div class="checks">
    ${part('form', { th: 'ยื่นคำขอด้วย e-Form', en: 'Apply by e-Form' })}
    ${part('payment', { th: 'ชำระเงินด้วย e-Payment', en: 'Pay by e-Payment' })}
    ${part('document', {
      th: 'รับเอกสาร/ใบอนุญาตด้วย e-Document',
      en: 'Receive the document or licence as an e-Document',
    })}
  </div>`;
}

function renderRubricErrors(v: CostSavingsView): TemplateResult | typeof nothing {
  if (v.model.efficiency.ok) return nothing;
  const shown = v.model.rubricErrors;
  // Nothing answered yet (core refuses an empty rubric): nothing to correct either.
  if (shown.length === 0 && Object.keys(v.model.rubric).length === 0) return nothing;
  const e = v.model.efficiency;
  const unanswered = !e.ok && e.errors.every((x) => x.code === 'NOTHING_ANSWERED');
  return html`<div class="status" role="status">
    ${
      shown.length
        ? html`<ul class="errors">
            ${shown.map((x) => html`<li><span aria-hidden="true">⚠ </span>${v.t(x.message)}</li>`)}
          </ul>`
        : html`<p class="muted">
            ${v.t(
              unanswered
                ? {
                    th: 'ตอบอย่างน้อย 1 ข้อ (1–9) จึงจะคำนวณคะแนนมิติที่ 1 ได้',
                    en: 'Answer at least one item (1–9) to compute dimension 1.',
                  }
                : { th: 'กรอกข้อมูลก่อนและหลังปรับปรุงให้ครบ', en: 'Fill in both the before and the after values.' },
            )}
          </p>`
    }
  </div>`;
}

function renderScores(v: CostSavingsView): TemplateResult {
  const m = v.model;
  const e = m.efficiency;
  const r = m.result;
  const c = m.pack.constants;
  const dash = '–';
  return html`
    <dl class="summary" data-scores>
      <div>
        <dt>${v.t({ th: 'รายการที่ 1–8', en: 'Items 1–8' })}</dt>
        <dd data-subtotal>${e.ok ? v.num(e.subtotal) : dash}</dd>
      </div>
      <div>
        <dt>${v.t({ th: 'คะแนนพิเศษ (ข้อ 9)', en: 'Bonus (item 9)' })}</dt>
        <dd>${e.ok ? v.num(e.bonus) : dash}</dd>
      </div>
      <div>
        <dt>
          ${v.t({ th: `มิติที่ 1 ประสิทธิภาพ (ไม่เกิน ${c.dimension1Max})`, en: `Dimension 1, efficiency (at most ${c.dimension1Max})` })}
        </dt>
        <dd class="big" data-dimension1>
          ${e.ok ? v.num(e.dimension1) : dash}
          <span class="muted">/ ${v.num(e.ok ? e.max : c.dimension1Max)}</span>
        </dd>
      </div>
    </dl>
    <div class="pair">
      ${numberField(v, {
        path: 'valuePoints',
        label: v.t({
          th: `มิติที่ 2 ความคุ้มค่า: คะแนนที่ผู้ตรวจประเมินให้ (0–${c.valueMaxPoints})`,
          en: `Dimension 2, value for money: points awarded by the assessor (0–${c.valueMaxPoints})`,
        }),
        value: m.rubric.valuePoints,
        unit: v.t({ th: 'คะแนน', en: 'points' }),
        hint: v.t({
          th: 'เกณฑ์ไม่ได้กำหนดการแปลงจำนวนเงินเป็นคะแนน ผู้ตรวจประเมินเป็นผู้ให้คะแนน',
          en: 'The criteria give no conversion from baht to points; the assessor awards them.',
        }),
        error: message(v, m.rubricError('valuePoints')),
        min: 0,
        max: c.valueMaxPoints,
        set: (x) => m.setText('valuePoints', x),
        touch: () => m.touchRubric('valuePoints'),
      })}
    </div>
    ${
      r.ok
        ? html`<p class="note">
            ${v.t({ th: 'ค่าใช้จ่ายที่ประชาชนประหยัดได้ (ใช้ประกอบการให้คะแนน)', en: 'Savings for citizens (for the assessor)' })}:
            ${v.baht(r.total)}
          </p>`
        : nothing
    }
    <dl class="summary">
      <div class="wide">
        <dt>${v.t({ th: `คะแนนรวม (เต็ม ${m.totalMax})`, en: `Total (of ${m.totalMax})` })}</dt>
        <dd class="big" data-total-points>
          ${
            e.ok && e.total !== null
              ? html`${v.num(e.total)} <span class="muted">/ ${v.num(m.totalMax)}</span>`
              : html`<span class="muted"
                  >${
                    e.ok
                      ? v.t({
                          th: 'กรอกคะแนนมิติที่ 2 เพื่อดูคะแนนรวม',
                          en: 'Enter the dimension 2 points to see the total',
                        })
                      : dash
                  }</span
                >`
          }
        </dd>
      </div>
    </dl>
    ${e.ok ? html`<kn-explanation part="explanation" .steps=${e.explanation} .warnings=${e.warnings} .numerals=${v.numerals}></kn-explanation>` : nothing}
  `;
}

export function renderRubric(v: CostSavingsView): TemplateResult {
  const m = v.model;
  const e = m.efficiency;
  return html`<div part="rubric" class="rubric">
    ${item(v, 1, 'law', { th: 'การแก้ไขกฎหมาย กฎ', en: 'Laws and rules amended' }, lawItem(v))}
    ${item(
      v,
      2,
      'documents',
      {
        th: 'การยกเลิก/ลดสำเนาเอกสารที่ทางราชการออกให้จากประชาชน',
        en: 'Government-issued document copies cancelled or reduced',
      },
      pair(v, 'documents', { th: 'จำนวนสำเนาเอกสาร', en: 'Document copies' }, { th: 'รายการ', en: 'items' }),
    )}
    ${item(
      v,
      3,
      'fees',
      { th: 'การยกเลิก/ลดค่าธรรมเนียม', en: 'Fees cancelled or reduced' },
      pair(v, 'fees', { th: 'ค่าธรรมเนียม', en: 'Fee' }, { th: 'บาท', en: 'baht' }),
    )}
    ${item(
      v,
      4,
      'steps',
      { th: 'การลดขั้นตอนการให้บริการ', en: 'Service steps reduced' },
      pair(v, 'steps', { th: 'จำนวนขั้นตอน', en: 'Steps' }, { th: 'ขั้นตอน', en: 'steps' }),
    )}
    ${item(
      v,
      5,
      'time',
      { th: 'การลดระยะเวลาการให้บริการ', en: 'Service time reduced' },
      html`${pair(v, 'time', { th: 'ระยะเวลาให้บริการ', en: 'Service time' }, { th: '', en: '' })}
        <p class="note">
          ${v.t({ th: 'ใช้หน่วยเดียวกันทั้งก่อนและหลังปรับปรุง (เช่น วัน หรือ ชั่วโมง)', en: 'Use the same unit before and after (e.g. days or hours).' })}
        </p>`,
    )}
    ${item(
      v,
      6,
      'renewal',
      {
        th: 'การชำระค่าธรรมเนียมการต่ออายุใบอนุญาต แทนการยื่นคำขอต่ออายุใบอนุญาต',
        en: 'Renewal fee paid instead of a renewal application',
      },
      flag(v, 'renewalByPayment', {
        th: 'มีการดำเนินการ และมีหลักฐานกระบวนการ (Pre audit หรือ Post audit)',
        en: 'Done, with evidence of the process (pre- or post-audit)',
      }),
    )}
    ${item(v, 7, 'eService', { th: 'การพัฒนารูปแบบการให้บริการแบบอิเล็กทรอนิกส์', en: 'Electronic services' }, eServiceItem(v))}
    ${item(
      v,
      8,
      'other',
      { th: 'อื่น ๆ', en: 'Other' },
      flag(v, 'other', {
        th: 'มีวิธีการปรับปรุงงานบริการโดยวิธีอื่นนอกเหนือจากที่กำหนดไว้อย่างโดดเด่น',
        en: 'Another outstanding way of improving the service',
      }),
    )}
    <fieldset class="item" data-item="guillotine">
      <legend>
        <span
          >${v.digits('9')}.
          ${v.t({ th: 'การดำเนินการตามข้อเสนอ Regulatory Guillotine', en: 'Regulatory Guillotine proposals implemented' })}</span
        >
        <span class="points" data-points="bonus"
          >+${e.ok ? v.num(e.bonus) : '–'} / ${v.num(m.pack.constants.guillotineBonus)}
          ${v.t({ th: 'คะแนนพิเศษ', en: 'bonus points' })}</span
        >
      </legend>
      ${flag(v, 'regulatoryGuillotine', { th: 'ดำเนินการและมีเอกสารหลักฐานสนับสนุน', en: 'Done, with supporting evidence' })}
    </fieldset>
    ${renderRubricErrors(v)} ${renderScores(v)}
  </div>`;
}
