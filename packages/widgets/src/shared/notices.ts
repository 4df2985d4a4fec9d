import { html, nothing, type TemplateResult } from 'lit';
import type { Bilingual } from '@khanaen/core';

/** Picks the current language's text (an element's `t`). */
export type Translate = (text: Bilingual) => string;

const DISMISS: Bilingual = { th: 'ปิดข้อความนี้', en: 'Dismiss' };

/** The "dismiss" button every notice ends with. */
export function dismissButton(t: Translate, onDismiss: () => void): TemplateResult {
  return html`<button type="button" class="secondary" @click=${onDismiss}>${t(DISMISS)}</button>`;
}

/**
 * The notices of elements that keep drafts (styled by `noticeStyles`): a draft that was set aside, storage
 * that is unavailable, and an import that was refused. Shared so every element says the same thing.
 */
export function setAsideNotice(
  t: Translate,
  aside: { readonly key: string | null; readonly newer?: boolean; readonly problems?: readonly Bilingual[] },
  options: { readonly restarted: Bilingual; readonly onDownload: () => void; readonly onDismiss: () => void },
): TemplateResult {
  const problems = aside.problems ?? [];
  return html`<div part="notice" class="notice warning set-aside" role="alert">
    <p>
      <strong
        >${
          aside.newer
            ? t({
                th: 'ร่างที่บันทึกไว้มาจากรุ่นที่ใหม่กว่า จึงใช้ที่นี่ไม่ได้',
                en: 'The saved draft comes from a newer version and cannot be used here.',
              })
            : t({ th: 'ร่างที่บันทึกไว้เสียหรืออ่านไม่ได้', en: 'The saved draft is damaged or cannot be read.' })
        }</strong
      >
      ${
        aside.key !== null
          ? html`${t({ th: 'ไม่ได้ลบทิ้ง: เก็บแยกไว้ในเครื่องที่', en: 'Nothing was deleted: it was set aside on this device as' })}
              <code>${aside.key}</code> ${t(options.restarted)}`
          : t({
              th: 'เก็บแยกไม่ได้ จึงยังไม่บันทึกทับร่างเดิม กรุณาดาวน์โหลดเก็บไว้',
              en: 'It could not be set aside, so it is not overwritten; please download it.',
            })
      }
    </p>
    ${
      problems.length
        ? html`<ul class="problems">
            ${problems.slice(0, 5).map((p) => html`<li>${t(p)}</li>`)}
          </ul>`
        : nothing
    }
    <div class="actions">
      <button type="button" @click=${options.onDownload}>
        ${t({ th: 'ดาวน์โหลดร่างเดิม', en: 'Download the old draft' })}
      </button>
      ${dismissButton(t, options.onDismiss)}
    </div>
  </div>`;
}

/** Drafts cannot be saved (private mode, sandboxed iframe, full storage): the work lives in memory only. */
export function storageUnavailableNotice(t: Translate, exportHint: Bilingual): TemplateResult {
  return html`<div part="notice" class="notice warning storage-unavailable" role="status">
    <p>
      <strong
        >${t({
          th: 'บันทึกร่างในเครื่องไม่ได้ ข้อมูลจะหายเมื่อปิดหน้า',
          en: 'Drafts cannot be saved on this device: your work is kept in memory only and is lost when the page is closed.',
        })}</strong
      >
      ${t(exportHint)}
    </p>
  </div>`;
}

/** An import that was refused: nothing changed; the first `max` problems are listed. */
export function importProblemsNotice(
  t: Translate,
  problems: readonly Bilingual[],
  options: { readonly max: number; readonly onDismiss: () => void },
): TemplateResult {
  const n = problems.length;
  const shown = problems.slice(0, options.max);
  return html`<div part="notice" class="notice error import-problems" role="alert">
    <p>
      <strong
        >${t({
          th: `นำเข้าไม่ได้ พบปัญหา ${n} รายการ ข้อมูลเดิมไม่เปลี่ยนแปลง`,
          en: `Nothing was imported: ${n} problem${n === 1 ? '' : 's'} found. Your data is unchanged.`,
        })}</strong
      >
    </p>
    <ul class="problems">
      ${shown.map((p) => html`<li>${t(p)}</li>`)}
      ${
        n > shown.length
          ? html`<li>
              ${t({ th: `และอีก ${n - shown.length} รายการ`, en: `and ${n - shown.length} more` })}
            </li>`
          : nothing
      }
    </ul>
    ${dismissButton(t, options.onDismiss)}
  </div>`;
}
