/**
 * The checklist's toolbar (search, filter, actions, live status) and notices (drafts set aside or migrated,
 * storage unavailable, import report). They render the model's state and forward input.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Bilingual } from '@khanaen/core';
import type { ProcessCategory } from '@khanaen/core/criteria';
import {
  dismissButton,
  importProblemsNotice,
  setAsideNotice,
  storageUnavailableNotice,
} from '../shared/notices.js';
import type { ChecklistModel } from './checklist-model.js';
import { MAX_LISTED_PROBLEMS } from './storage.js';

/** What the toolbar and notices need of the element. */
export interface ChecklistChrome {
  readonly model: ChecklistModel;
  readonly categories: readonly ProcessCategory[];
  readonly locale: 'th' | 'en';
  readonly bilingual: boolean;
  readonly category: string;
  readonly query: string;
  readonly filtered: boolean;
  readonly shown: number;
  readonly total: number;
  readonly importProblems: readonly Bilingual[];
  readonly importMessage: Bilingual | null;
  t(text: Bilingual): string;
  digits(text: string): string;
  onSearch(e: Event): void;
  setCategory(value: string): void;
  setBilingual(on: boolean): void;
  expandAll(): void;
  collapseAll(): void;
  exportJson(): void;
  chooseImport(): void;
  onImportFile(e: Event): void;
  exportCsv(): void;
  downloadAside(raw: string): void;
  dismissImport(): void;
  dismissImportProblems(): void;
  undoImport(): void;
}

export function renderNotices(c: ChecklistChrome): TemplateResult {
  const t = c.t;
  const m = c.model;
  return html`
    ${m.asides.map((a, i) =>
      setAsideNotice(t, a, {
        restarted: { th: 'แล้วเริ่มแบบประเมินใหม่', en: 'and a new assessment was started.' },
        onDownload: () => c.downloadAside(a.raw),
        onDismiss: () => m.dismissAside(i),
      }),
    )}
    ${
      m.migratedFrom !== null
        ? html`<div part="notice" class="notice info">
            <p>
              ${t({
                th: `แปลงร่างที่บันทึกไว้จากรุ่นเก่า (รุ่น ${m.migratedFrom}) เป็นรุ่นปัจจุบันแล้ว ข้อมูลครบถ้วน`,
                en: `The saved draft was converted from an older version (${m.migratedFrom}) to the current one; nothing was lost.`,
              })}
            </p>
            ${dismissButton(t, () => m.dismissMigrated())}
          </div>`
        : nothing
    }
    ${
      m.storageKey && m.saveState === 'unavailable'
        ? storageUnavailableNotice(t, {
            th: 'ส่งออกเป็น JSON เป็นระยะเพื่อเก็บงานไว้',
            en: 'Export to JSON from time to time to keep your work.',
          })
        : nothing
    }
  `;
}

export function renderImportReport(c: ChecklistChrome): TemplateResult | typeof nothing {
  if (c.importProblems.length) {
    return importProblemsNotice(c.t, c.importProblems, {
      max: MAX_LISTED_PROBLEMS,
      onDismiss: () => c.dismissImportProblems(),
    });
  }
  if (!c.importMessage) return nothing;
  return html`<div part="notice" class="notice info import-done">
    <p>${c.t(c.importMessage)}</p>
    <div class="actions">
      ${
        c.model.canUndoImport
          ? html`<button type="button" class="undo-import" @click=${() => c.undoImport()}>
              ${c.t({ th: 'เลิกนำเข้า (กลับไปใช้ข้อมูลเดิม)', en: 'Undo import' })}
            </button>`
          : nothing
      }
      ${dismissButton(c.t, () => c.dismissImport())}
    </div>
  </div>`;
}

function saveText(c: ChecklistChrome): string {
  const m = c.model;
  if (!m.storageKey) return '';
  switch (m.saveState) {
    // While typing, keep the last "saved" text, so screen readers are not told on every keystroke.
    case 'pending':
    case 'saved': {
      if (!m.savedAt) return c.t({ th: 'กำลังบันทึกร่าง…', en: 'Saving draft…' });
      const time = m.savedAt.toLocaleTimeString(c.locale === 'th' ? 'th-TH' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      });
      return c.t({ th: `บันทึกร่างในเครื่องแล้ว ${time}`, en: `Draft saved on this device ${time}` });
    }
    case 'unavailable':
      return c.t({
        th: 'บันทึกร่างในเครื่องไม่ได้ ข้อมูลจะหายเมื่อปิดหน้า',
        en: 'Drafts cannot be saved on this device',
      });
    default:
      return '';
  }
}

export function renderToolbar(c: ChecklistChrome): TemplateResult {
  const t = c.t;
  const count = c.filtered
    ? t({ th: `พบ ${c.shown} จาก ${c.total} หัวข้อ`, en: `${c.shown} of ${c.total} items shown` })
    : t({ th: `แสดงทั้งหมด ${c.total} หัวข้อ`, en: `All ${c.total} items shown` });
  return html`
    <div
      part="toolbar"
      class="toolbar"
      role="group"
      aria-label=${t({ th: 'ค้นหาและจัดการแบบประเมิน', en: 'Search and manage the checklist' })}
    >
      <div class="field">
        <label for="q"
          >${t({ th: 'ค้นหาในเกณฑ์ (ไทยหรืออังกฤษ)', en: 'Search the criteria (Thai or English)' })}</label
        >
        <input
          part="search"
          id="q"
          type="search"
          autocomplete="off"
          .value=${live(c.query)}
          @input=${c.onSearch}
        />
      </div>
      <div class="field">
        <label for="cat">${t({ th: 'หมวด', en: 'Category' })}</label>
        <select
          part="filter"
          id="cat"
          @change=${(e: Event) => c.setCategory((e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${c.category === ''}>
            ${t({ th: 'ทุกหมวด', en: 'All categories' })}
          </option>
          ${c.categories.map(
            (cat) =>
              html`<option value=${String(cat.id)} ?selected=${String(c.category) === String(cat.id)}>
                ${t({ th: 'หมวด', en: 'Category' })} ${c.digits(String(cat.id))} ${cat.title[c.locale]}
              </option>`,
          )}
        </select>
      </div>
      <div class="buttons">
        <button type="button" class="expand-all" @click=${() => c.expandAll()}>
          ${t({ th: 'ขยายทั้งหมด', en: 'Expand all' })}
        </button>
        <button type="button" class="collapse-all" @click=${() => c.collapseAll()}>
          ${t({ th: 'ย่อทั้งหมด', en: 'Collapse all' })}
        </button>
        ${
          c.locale === 'th'
            ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${c.bilingual}
                  @change=${(e: Event) => c.setBilingual((e.target as HTMLInputElement).checked)}
                />
                แสดงภาษาอังกฤษด้วย</label
              >`
            : nothing
        }
      </div>
      <div class="buttons">
        <button type="button" class="export-json" @click=${() => c.exportJson()}>
          ${t({ th: 'ส่งออก JSON', en: 'Export JSON' })}
        </button>
        <button type="button" class="import-button" @click=${() => c.chooseImport()}>
          ${t({ th: 'นำเข้า JSON', en: 'Import JSON' })}
        </button>
        <input
          id="import-file"
          class="file"
          type="file"
          accept=".json,application/json"
          tabindex="-1"
          aria-label=${t({ th: 'เลือกไฟล์ JSON ที่จะนำเข้า', en: 'Choose a JSON file to import' })}
          @change=${c.onImportFile}
        />
        <button type="button" class="export-csv" @click=${() => c.exportCsv()}>
          ${t({ th: 'ส่งออก CSV', en: 'Export CSV' })}
        </button>
        <button type="button" class="print" @click=${() => window.print()}>
          ${t({ th: 'พิมพ์', en: 'Print' })}
        </button>
      </div>
    </div>
    <div class="status-row">
      <p part="status" class="status count" role="status">${c.digits(count)}</p>
      <p part="status" class="status save" role="status">${saveText(c)}</p>
    </div>
  `;
}
