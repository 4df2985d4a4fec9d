/**
 * CSV export of the checklist: one row per item (its level) and one row per prompt (its notes and links).
 * UTF-8 with a byte-order mark so Excel reads Thai; every cell quoted; cells that a spreadsheet would run as
 * a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.
 */
import { levelLabel, type Lang } from '@khanaen/core';
import type { CriteriaItem } from '@khanaen/core/criteria';
import type { ChecklistValue } from './storage.js';

export const BOM = '\uFEFF';

/** Neutralises a cell a spreadsheet would treat as a formula (CSV injection). */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes one cell (after neutralising it). */
export function csvCell(text: string): string {
  return `"${neutraliseCell(text).replace(/"/g, '""')}"`;
}

const HEADERS: Record<Lang, readonly string[]> = {
  th: [
    'ประเภท',
    'รหัส',
    'หมวด',
    'หัวข้อ',
    'ข้อความ (ไทย)',
    'ข้อความ (อังกฤษ)',
    'ป้ายระดับในเกณฑ์',
    'ระดับที่บรรลุ',
    'ชื่อระดับ',
    'บันทึก',
    'ลิงก์หลักฐาน',
  ],
  en: [
    'type',
    'id',
    'category',
    'item',
    'text (Thai)',
    'text (English)',
    'printed level tag',
    'level reached',
    'level name',
    'notes',
    'evidence links',
  ],
};

/** The CSV text (with BOM, CRLF line ends) of the whole assessment, in `items` order. */
export function checklistCsv(
  items: readonly CriteriaItem[],
  value: ChecklistValue,
  lang: Lang = 'th',
): string {
  const rows: string[][] = [[...HEADERS[lang]]];
  for (const item of items) {
    const category = item.id.split('.')[0] ?? '';
    const level = value.levels[item.id] ?? 'not-assessed';
    rows.push([
      lang === 'th' ? 'หัวข้อ' : 'item',
      item.id,
      category,
      item.id,
      item.title.th,
      item.title.en,
      '',
      level,
      levelLabel(level, lang),
      '',
      '',
    ]);
    for (const p of item.prompts) {
      const draft = value.prompts[p.id];
      const details = (l: Lang) => [p[l], ...p.details.map((d) => d[l])].join('\n');
      rows.push([
        lang === 'th' ? 'ประเด็น' : 'prompt',
        p.id,
        category,
        item.id,
        details('th'),
        details('en'),
        p.tag ?? '',
        '',
        '',
        draft?.notes ?? '',
        (draft?.links ?? []).join('\n'),
      ]);
    }
  }
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
