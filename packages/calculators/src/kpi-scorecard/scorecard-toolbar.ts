/**
 * The scorecard's toolbar (add, export, import, drop a file) and its notices (draft restored or set aside,
 * storage unavailable, unreadable page JSON, import report with undo).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type Bilingual } from '@khanaen/core';
import {
  dismissButton,
  downloadText,
  importProblemsNotice,
  readFileText,
  setAsideNotice,
  storageUnavailableNotice,
} from '@khanaen/widgets';
import type { ImportOutcome } from './scorecard-model.js';
import type { ScorecardView } from './scorecard-view.js';

export interface ScorecardNotices {
  readonly storageKey: string | null;
  readonly restored: { readonly savedAt: string | null } | null;
  readonly aside: {
    readonly key: string | null;
    readonly raw: string;
    readonly newer: boolean;
    readonly problems: readonly Bilingual[];
  } | null;
  readonly storageUnavailable: boolean;
  readonly pageJsonProblem: boolean;
  readonly importProblems: readonly Bilingual[];
  readonly importDone: {
    readonly message: Bilingual;
    readonly notes: readonly Bilingual[];
    readonly undo: boolean;
  } | null;
  readonly dragging: boolean;
  discardDraft(): void;
  dismiss(what: 'restored' | 'aside' | 'importProblems' | 'importDone'): void;
  downloadAside(): void;
  undoImport(): void;
  exportCsv(): void;
  fileChosen(e: Event): void;
  dragOver(e: DragEvent): void;
  dragLeave(): void;
  drop(e: DragEvent): void;
}

/** What the notices need from the element. */
export interface NoticesHost {
  storageKey(): string | null;
  storageUnavailable(): boolean;
  requestUpdate(): void;
  discardDraft(): void;
  /** Undoes the last import; resolves once it is rendered. */
  undoImport(): Promise<void>;
  /** The CSV to download and its file name. */
  exportCsv(): { readonly name: string; readonly csv: string };
  importCsv(csv: string): boolean;
}

type NoticeFields = Pick<
  ScorecardNotices,
  'restored' | 'aside' | 'pageJsonProblem' | 'importProblems' | 'importDone' | 'dragging'
>;

/** The notices' state (what is shown until dismissed) and the toolbar's handlers. */
export class ScorecardNoticeState implements ScorecardNotices {
  restored: ScorecardNotices['restored'] = null;
  aside: ScorecardNotices['aside'] = null;
  pageJsonProblem = false;
  importProblems: readonly Bilingual[] = [];
  importDone: ScorecardNotices['importDone'] = null;
  dragging = false;

  constructor(private readonly host: NoticesHost) {}

  get storageKey(): string | null {
    return this.host.storageKey();
  }
  get storageUnavailable(): boolean {
    return this.host.storageUnavailable();
  }

  /** Changes what is shown and renders again. */
  set(patch: Partial<NoticeFields>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Reports an import: its problems, or what was imported (with undo). */
  imported(r: ImportOutcome): void {
    if (!r.ok) {
      this.set({ importProblems: r.problems.map((p) => p.message), importDone: null });
      return;
    }
    const n = r.count;
    const message = {
      th: `นำเข้าแล้ว ${n} ตัวชี้วัด (แทนที่ข้อมูลเดิม)`,
      en: `Imported ${n} KPI${n === 1 ? '' : 's'} (replacing the previous rows).`,
    };
    this.set({ importProblems: [], importDone: { message, notes: r.notes, undo: true } });
  }

  importUndone(): void {
    const message = {
      th: 'ยกเลิกการนำเข้าแล้ว กลับไปใช้ข้อมูลเดิม',
      en: 'Import undone; the previous rows are back.',
    };
    this.set({ importDone: { message, notes: [], undo: false } });
  }

  readonly discardDraft = (): void => this.host.discardDraft();
  readonly dismiss = (what: 'restored' | 'aside' | 'importProblems' | 'importDone'): void =>
    this.set({ [what]: what === 'importProblems' ? [] : null });
  readonly downloadAside = (): void => {
    const stamp = new Date().toISOString().slice(0, 10);
    if (this.aside) downloadText(`khanaen-scorecard-draft-${stamp}.json`, this.aside.raw, 'application/json');
  };
  readonly undoImport = (): void => void this.host.undoImport();
  readonly exportCsv = (): void => {
    const { name, csv } = this.host.exportCsv();
    downloadText(name, csv, 'text/csv;charset=utf-8');
  };
  readonly fileChosen = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    void this.importFile(file);
  };
  readonly dragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.set({ dragging: true });
  };
  readonly dragLeave = (): void => this.set({ dragging: false });
  readonly drop = (e: DragEvent): void => {
    e.preventDefault();
    this.set({ dragging: false });
    void this.importFile(e.dataTransfer?.files[0]);
  };

  private async importFile(file: File | null | undefined): Promise<void> {
    if (!file) return;
    let csv: string;
    try {
      csv = await readFileText(file);
    } catch {
      this.set({
        importDone: null,
        importProblems: [{ th: 'อ่านไฟล์ไม่ได้', en: 'The file could not be read.' }],
      });
      return;
    }
    this.host.importCsv(csv);
  }
}

export function renderNotices(v: ScorecardView, n: ScorecardNotices): TemplateResult {
  const d = n.restored;
  let when = '';
  if (d?.savedAt) {
    const date = new Date(d.savedAt);
    const time = Number.isNaN(date.getTime())
      ? ''
      : date.toLocaleTimeString(v.locale === 'th' ? 'th-TH' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        });
    when =
      `${formatDate(date, { lang: v.locale, digits: v.numerals === 'thai' ? 'thai' : 'latin' })} ${v.digits(time)}`.trim();
  }
  const t = v.t.bind(v);
  return html`
    ${
      d
        ? html`<div part="notice" class="notice info restored" role="status">
            <p>
              ${
                when
                  ? v.t({ th: `กู้คืนร่างที่บันทึกไว้เมื่อ ${when}`, en: `Restored the draft saved on ${when}.` })
                  : v.t({ th: 'กู้คืนร่างที่บันทึกไว้ในเครื่องแล้ว', en: 'Restored the draft saved on this device.' })
              }
            </p>
            <div class="actions">
              <button type="button" class="discard-draft" @click=${() => n.discardDraft()}>
                ${v.t({ th: 'ทิ้งร่างนี้', en: 'Discard draft' })}
              </button>
              ${dismissButton(t, () => n.dismiss('restored'))}
            </div>
          </div>`
        : nothing
    }
    ${
      n.aside
        ? setAsideNotice(t, n.aside, {
            restarted: { th: 'แล้วเริ่มใหม่', en: 'and a new scorecard was started.' },
            onDownload: () => n.downloadAside(),
            onDismiss: () => n.dismiss('aside'),
          })
        : nothing
    }
    ${
      n.storageKey && n.storageUnavailable
        ? storageUnavailableNotice(t, {
            th: 'ส่งออกเป็น CSV เป็นระยะเพื่อเก็บงานไว้',
            en: 'Export to CSV from time to time to keep your work.',
          })
        : nothing
    }
    ${
      n.pageJsonProblem
        ? html`<div part="notice" class="notice error page-json" role="alert">
            <p>
              ${v.t({ th: 'อ่านข้อมูลตัวชี้วัด (JSON) ที่หน้าเว็บให้มาไม่ได้', en: 'The KPI data (JSON) given by the page could not be read.' })}
            </p>
          </div>`
        : nothing
    }
  `;
}

export function renderImportReport(v: ScorecardView, n: ScorecardNotices): TemplateResult | typeof nothing {
  const t = v.t.bind(v);
  if (n.importProblems.length) {
    return importProblemsNotice(t, n.importProblems, {
      max: 50,
      onDismiss: () => n.dismiss('importProblems'),
    });
  }
  const done = n.importDone;
  if (!done) return nothing;
  return html`<div part="notice" class="notice info import-done" role="status">
    <p>${v.t(done.message)}</p>
    ${
      done.notes.length
        ? html`<ul class="problems">
            ${done.notes.map((x) => html`<li>${v.t(x)}</li>`)}
          </ul>`
        : nothing
    }
    <div class="actions">
      ${done.undo ? html`<button type="button" class="undo-import" @click=${() => n.undoImport()}>${v.t({ th: 'เลิกนำเข้า (กลับไปใช้ข้อมูลเดิม)', en: 'Undo import' })}</button>` : nothing}
      ${dismissButton(t, () => n.dismiss('importDone'))}
    </div>
  </div>`;
}

export function renderToolbar(v: ScorecardView, n: ScorecardNotices, root: ParentNode): TemplateResult {
  const fileId = `${v.uid}-file`;
  return html`<div
    part="toolbar"
    class="toolbar ${n.dragging ? 'dragging' : ''}"
    role="group"
    aria-label=${v.t({ th: 'จัดการตัวชี้วัด', en: 'Manage KPIs' })}
    @dragover=${n.dragOver}
    @dragleave=${n.dragLeave}
    @drop=${n.drop}
  >
    ${
      v.model.mode === 'agency'
        ? html`<button type="button" class="add primary" data-dimension="" @click=${() => v.add()}>
            <span aria-hidden="true">+ </span>${v.t({ th: 'เพิ่มตัวชี้วัด', en: 'Add KPI' })}
          </button>`
        : nothing
    }
    <button type="button" class="export" @click=${() => n.exportCsv()}>
      ${v.t({ th: 'ส่งออก CSV', en: 'Export CSV' })}
    </button>
    <button
      type="button"
      class="import"
      @click=${() => root.querySelector<HTMLInputElement>(`#${fileId}`)?.click()}
    >
      ${v.t({ th: 'นำเข้า CSV', en: 'Import CSV' })}
    </button>
    <input
      id=${fileId}
      class="file"
      type="file"
      accept=".csv,text/csv"
      hidden
      aria-label=${v.t({ th: 'ไฟล์ CSV ที่จะนำเข้า', en: 'CSV file to import' })}
      @change=${n.fileChosen}
    />
    <span class="hint">${v.t({ th: 'หรือลากไฟล์ CSV มาวางที่นี่', en: 'or drop a CSV file here' })}</span>
  </div>`;
}
