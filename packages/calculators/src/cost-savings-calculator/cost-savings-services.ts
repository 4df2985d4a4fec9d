/** The cost-savings calculator's service rows and constants panel (rule FV inputs). */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Bilingual, ServiceSaving } from '@khanaen/core';
import { timeKey, type CostSavingsConstantKey, type TimeKey } from './cost-savings-model.js';
import { ROW_LABEL, message, numberField, str, type CostSavingsView } from './cost-savings-view.js';

export function renderRow(v: CostSavingsView, s: ServiceSaving, i: number): TemplateResult {
  const m = v.model;
  const n = i + 1;
  const L = (b: Bilingual) => v.t({ th: `${b.th} งานบริการที่ ${n}`, en: `${b.en}, service ${n}` });
  const touch = () => m.touchRow(i);
  const unit = timeKey(s);
  const r = m.result;
  const sv = r.ok ? r.services[i] : undefined;
  const name = str(s.name).trim();
  return html`<fieldset class="service" data-row=${i}>
    <legend>${v.t({ th: `งานบริการที่ ${n}`, en: `Service ${n}` })}${name ? `: ${name}` : ''}</legend>
    <div class="service-grid">
      <label class="text-field">
        <span>${L(ROW_LABEL.name)}</span>
        <input
          type="text"
          data-field="services.${i}.name"
          .value=${live(str(s.name))}
          ?disabled=${v.disabled}
          @input=${(e: Event) => m.editRow(i, 'name', (e.target as HTMLInputElement).value)}
          @change=${touch}
        />
      </label>
      ${numberField(v, {
        path: `services.${i}.sheetsReduced`,
        label: L(ROW_LABEL.sheetsReduced),
        value: s.sheetsReduced,
        unit: v.t({ th: 'แผ่น', en: 'sheets' }),
        error: message(v, m.rowError(i, 'sheetsReduced')),
        min: 0,
        set: (x) => m.editRow(i, 'sheetsReduced', x),
        touch,
      })}
      ${numberField(v, {
        path: `services.${i}.feeReduced`,
        label: L(ROW_LABEL.feeReduced),
        value: s.feeReduced,
        unit: v.t({ th: 'บาท', en: 'baht' }),
        error: message(v, m.rowError(i, 'feeReduced')),
        min: 0,
        set: (x) => m.editRow(i, 'feeReduced', x),
        touch,
      })}
      <div class="time">
        ${numberField(v, {
          path: `services.${i}.${unit}`,
          label: L(ROW_LABEL.time),
          value: s[unit],
          unit:
            unit === 'minutesReduced' ? v.t({ th: 'นาที', en: 'minutes' }) : v.t({ th: 'ชั่วโมง', en: 'hours' }),
          error: message(v, m.rowError(i, 'hoursReduced', 'minutesReduced')),
          min: 0,
          set: (x) => m.editRow(i, unit, x),
          touch,
        })}
        <label>
          <span>${L(ROW_LABEL.unit)}</span>
          <select
            data-field="services.${i}.unit"
            ?disabled=${v.disabled}
            @change=${(e: Event) => m.setUnit(i, (e.target as HTMLSelectElement).value as TimeKey)}
          >
            <option value="hoursReduced" ?selected=${unit === 'hoursReduced'}>
              ${v.t({ th: 'ชั่วโมง', en: 'hours' })}
            </option>
            <option value="minutesReduced" ?selected=${unit === 'minutesReduced'}>
              ${v.t({ th: 'นาที', en: 'minutes' })}
            </option>
          </select>
        </label>
      </div>
      ${numberField(v, {
        path: `services.${i}.transactions`,
        label: L(ROW_LABEL.transactions),
        value: s.transactions,
        unit: v.t({ th: 'ครั้ง', en: 'times' }),
        error: message(v, m.rowError(i, 'transactions')),
        integer: true,
        min: 0,
        set: (x) => m.editRow(i, 'transactions', x),
        touch,
      })}
    </div>
    <div class="row-foot">
      <span class="row-sum" data-row-sum=${i}>
        ${
          sv
            ? v.t({
                th: `A ${v.num(sv.A)} + B ${v.num(sv.B)} + C ${v.num(sv.C)} = ${v.baht(sv.perTransaction)} ต่อครั้ง; × ${v.num(sv.D)} ครั้ง = ${v.baht(sv.total)}`,
                en: `A ${v.num(sv.A)} + B ${v.num(sv.B)} + C ${v.num(sv.C)} = ${v.baht(sv.perTransaction)} per transaction; × ${v.num(sv.D)} = ${v.baht(sv.total)}`,
              })
            : nothing
        }
      </span>
      <span class="row-actions">
        <button
          type="button"
          data-remove=${i}
          ?disabled=${v.disabled || m.services.length <= 1}
          @click=${() => v.removeRow(i)}
        >
          ${L(ROW_LABEL.remove)}
        </button>
      </span>
    </div>
  </fieldset>`;
}

export function renderConstants(v: CostSavingsView): TemplateResult {
  const m = v.model;
  const c = m.constantsResult;
  const year = m.pack.year;
  const baht = v.t({ th: 'บาท', en: 'baht' });
  const field = (key: CostSavingsConstantKey, label: Bilingual, unit: Bilingual) =>
    numberField(v, {
      path: `constants.${key}`,
      label: v.t(label),
      value: m.constants[key],
      unit: v.t(unit),
      hint: v.t({ th: `ค่าปี ${year}: ${m.defaults[key]}`, en: `${year} value: ${m.defaults[key]}` }),
      placeholder: v.digits(m.defaults[key]),
      error: message(v, m.constantError(key)),
      min: 0,
      set: (x) => m.setConstant(key, x),
    });
  return html`<fieldset part="constants" class="constants">
    <legend>${v.t({ th: 'ค่าคงที่ที่ใช้คำนวณ', en: 'Constants' })}</legend>
    <div class="grid">
      ${field('bahtPerSheet', { th: 'ค่าสำเนาเอกสารต่อแผ่น', en: 'Cost per copied sheet' }, { th: 'บาท', en: 'baht' })}
      ${field('wagePerDay', { th: 'ค่าแรงขั้นต่ำต่อวัน', en: 'Minimum wage per day' }, { th: 'บาท', en: 'baht' })}
      ${field('hoursPerDay', { th: 'ชั่วโมงทำงานต่อวัน', en: 'Working hours per day' }, { th: 'ชั่วโมง', en: 'hours' })}
    </div>
    <p class="used" data-hourly>
      ${
        c.ok
          ? html`${v.t({ th: 'ค่าแรงต่อชั่วโมง', en: 'Hourly wage' })}: ${v.num(c.constants.wagePerDay)} ÷
              ${v.num(c.constants.hoursPerDay)} =
              <strong>${v.num(c.constants.hourlyWage)} ${baht}</strong>
              (${v.t({ th: 'ชุดเกณฑ์', en: 'rule pack' })} <code>${c.pack}</code>)`
          : v.t({ th: 'แก้ไขค่าคงที่ที่มีเครื่องหมาย ⚠', en: 'Correct the constants marked ⚠' })
      }
    </p>
    <div class="actions">
      <button type="button" class="reset" ?disabled=${v.disabled} @click=${() => m.resetConstants()}>
        ${v.t({ th: `คืนค่าเริ่มต้นปี ${year}`, en: `Reset to ${year} defaults` })}
      </button>
    </div>
  </fieldset>`;
}
