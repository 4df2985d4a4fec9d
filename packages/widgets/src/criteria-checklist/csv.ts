/**
 * CSV export of the checklist: one row per item (its level) and one row per prompt (its notes and links).
 * Written by the shared `toCsv`: UTF-8 with a byte-order mark so Excel reads Thai, CRLF line ends, cells
 * quoted only when needed, and cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or carriage return) prefixed with `'`.
 */
import { levelLabel, type Lang } from '@khanaen/core';
import type { CriteriaItem } from '@khanaen/core/criteria';
import { toCsv } from '../shared/csv.js';
import type { ChecklistValue } from './storage.js';

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
  return toCsv(rows);
}
