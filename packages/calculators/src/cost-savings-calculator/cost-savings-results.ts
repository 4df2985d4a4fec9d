/** The cost-savings calculator's value-for-money result (rule FV): summary, constants used, table, chart. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FacilitationValueResult } from '@khanaen/core';
import { PART_LABEL, renderBreakdownChart, serviceLabel, type ChartFormat } from './cost-savings-chart.js';
import type { CostSavingsView } from './cost-savings-view.js';

const format = (v: CostSavingsView): ChartFormat => ({
  t: (b) => v.t(b),
  num: (x) => v.num(x),
  baht: (x) => v.baht(x),
});

function renderConstantsUsed(v: CostSavingsView, r: FacilitationValueResult): TemplateResult {
  const c = r.constants;
  return html`<p class="constants-used" data-constants-used>
    ${v.t({
      th: `ค่าคงที่ที่ใช้: ค่าสำเนา ${v.num(c.bahtPerSheet)} บาทต่อแผ่น; ค่าแรงขั้นต่ำ ${v.num(c.wagePerDay)} บาทต่อวัน ÷ ${v.num(c.hoursPerDay)} ชั่วโมง = ${v.num(c.hourlyWage)} บาทต่อชั่วโมง; ชุดเกณฑ์`,
      en: `Constants used: ${v.num(c.bahtPerSheet)} baht per sheet; minimum wage ${v.num(c.wagePerDay)} baht/day ÷ ${v.num(c.hoursPerDay)} hours = ${v.num(c.hourlyWage)} baht/hour; rule pack`,
    })}
    <code>${r.pack}</code>${
      r.pack.endsWith('+overrides')
        ? html` (${v.t({ th: 'ผู้ใช้ปรับค่าคงที่', en: 'constants changed by the user' })})`
        : nothing
    }
  </p>`;
}

function renderTable(v: CostSavingsView, r: FacilitationValueResult): TemplateResult {
  const f = format(v);
  // A scrollable region at narrow widths: focusable and named, so keyboard users can scroll it.
  return html`<div
    class="table-wrap"
    role="region"
    tabindex="0"
    aria-label=${v.t({ th: 'ตารางค่าใช้จ่ายที่ประหยัดได้', en: 'Savings table' })}
  >
    <table part="table">
      <caption>
        ${v.t({ th: 'ค่าใช้จ่ายที่ประชาชนประหยัดได้ แยกตามงานบริการ (บาท)', en: 'Savings per service (baht)' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${v.t({ th: 'งานบริการ', en: 'Service' })}</th>
          <th scope="col">${v.t(PART_LABEL.A)}</th>
          <th scope="col">${v.t(PART_LABEL.B)}</th>
          <th scope="col">${v.t(PART_LABEL.C)}</th>
          <th scope="col">${v.t({ th: 'A+B+C ต่อครั้ง', en: 'A+B+C per transaction' })}</th>
          <th scope="col">${v.t({ th: 'D จำนวนธุรกรรม', en: 'D transactions' })}</th>
          <th scope="col">${v.t({ th: 'Total Value', en: 'Total value' })}</th>
        </tr>
      </thead>
      <tbody>
        ${r.services.map(
          (s, i) =>
            html`<tr>
              <th scope="row">${serviceLabel(s.name, i, f)}</th>
              <td>${v.num(s.A)}</td>
              <td>${v.num(s.B)}</td>
              <td>${v.num(s.C)}</td>
              <td>${v.num(s.perTransaction)}</td>
              <td>${v.num(s.D)}</td>
              <td>${v.num(s.total)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="6">${v.t({ th: 'รวมทั้งหน่วยงาน', en: 'Agency total' })}</th>
          <td>${v.num(r.total)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/** Why there is no result yet: the errors no field shows, and what to do. */
function renderValueProblems(v: CostSavingsView): TemplateResult {
  const m = v.model;
  const general = m.generalErrors;
  const anyShown = m.anyRowShown;
  return html`<div class="status" role="status">
    ${
      general.length && anyShown
        ? html`<ul class="errors">
            ${general.map((e) => html`<li><span aria-hidden="true">⚠ </span>${v.t(e.message)}</li>`)}
          </ul>`
        : nothing
    }
    <p class="muted">
      ${
        m.badConstants
          ? v.t({
              th: 'แก้ไขค่าคงที่ที่มีเครื่องหมาย ⚠ เพื่อดูผล',
              en: 'Correct the constants marked ⚠ to see the result.',
            })
          : anyShown
            ? v.t({
                th: 'แก้ไขหรือกรอกข้อมูลที่มีเครื่องหมาย ⚠ ให้ครบเพื่อดูผล',
                en: 'Complete or correct the fields marked ⚠ to see the result.',
              })
            : v.t({ th: 'กรอกข้อมูลงานบริการให้ครบเพื่อดูผล', en: 'Fill in the services to see the result.' })
      }
    </p>
  </div>`;
}

export function renderValueResult(v: CostSavingsView): TemplateResult {
  const r = v.model.result;
  if (!r.ok) return renderValueProblems(v);
  return html`
    <dl part="summary" class="summary">
      <div class="wide">
        <dt>
          ${v.t({ th: 'ค่าใช้จ่ายที่ประชาชนประหยัดได้ทั้งหน่วยงาน (Total Value)', en: 'Agency total saved for citizens (Total Value)' })}
        </dt>
        <dd class="big" data-total>${v.baht(r.total)}</dd>
      </div>
    </dl>
    ${renderConstantsUsed(v, r)} ${renderTable(v, r)} ${renderBreakdownChart(r, `${v.uid}-pat`, format(v))}
    <kn-explanation part="explanation" .steps=${r.explanation} .numerals=${v.numerals}></kn-explanation>
    <div class="actions">
      <button type="button" class="csv" @click=${() => v.downloadCsv()}>
        ${v.t({ th: 'ดาวน์โหลด CSV', en: 'Download CSV' })}
      </button>
      <button type="button" class="print" @click=${() => v.print()}>พิมพ์ / Print</button>
    </div>
  `;
}

/** The polite announcement of the agency total. */
export function announcement(v: CostSavingsView): string {
  const r = v.model.result;
  if (!r.ok) return '';
  return v.t({
    th: `ค่าใช้จ่ายที่ประชาชนประหยัดได้ทั้งหน่วยงาน ${v.baht(r.total)}`,
    en: `Agency total saved for citizens: ${v.baht(r.total)}`,
  });
}
