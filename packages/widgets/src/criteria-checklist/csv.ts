/**
 * CSV export and import of the checklist: one row per item (its level) and one row per prompt (its notes and
 * links).
 * Written by the shared `toCsv`: UTF-8 with a byte-order mark so Excel reads Thai, CRLF line ends, cells
 * quoted only when needed, and cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or carriage return) prefixed with `'`.
 */
import { ITEM_LEVELS, levelLabel, type Bilingual, type ItemLevel, type Lang } from '@khanaen/core';
import type { CriteriaItem } from '@khanaen/core/criteria';
import { parseCsv, toCsv, unneutralise } from '../shared/csv.js';
import {
  ITEM_IDS,
  isHttpUrl,
  isKnownPrompt,
  type ChecklistValue,
  type KnownIds,
  type PromptDraft,
  type ValidateResult,
} from './storage.js';

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

const ITEMS = new Set(ITEM_IDS);
const LEVELS = new Set<string>(ITEM_LEVELS);
/** Columns read back: type, id, level reached, notes, evidence links. */
const TYPE = 0;
const ID = 1;
const LEVEL = 7;
const NOTES = 9;
const LINKS = 10;

/**
 * Reads the checklist's CSV export (Thai or English headers) back in one pass: every row is checked (type,
 * item or prompt id, level, links), each problem naming its row and column. Other columns are ignored.
 */
export function readChecklistCsv(text: string, known: KnownIds = {}): ValidateResult {
  const rows = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  const header = (rows[0] ?? []).map((c) => c.trim());
  const lang = (['th', 'en'] as const).find((l) => HEADERS[l].every((h, i) => header[i] === h));
  if (!lang) {
    return {
      ok: false,
      newer: false,
      problems: [
        {
          th: `แถว 1: หัวตารางต้องเป็น ${HEADERS.th.join(',')}`,
          en: `Row 1: the header must be ${HEADERS.en.join(',')}`,
        },
      ],
    };
  }
  const names = HEADERS[lang];
  const problems: Bilingual[] = [];
  const at = (row: number, col: number, th: string, en: string) =>
    problems.push({
      th: `แถว ${row} คอลัมน์ ${HEADERS.th[col]}: ${th}`,
      en: `Row ${row}, column ${HEADERS.en[col]}: ${en}`,
    });
  const levels: Record<string, ItemLevel> = {};
  const prompts: Record<string, PromptDraft> = {};
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== names.length) {
      problems.push({
        th: `แถว ${row}: มี ${cells.length} คอลัมน์ แต่ต้องมี ${names.length} คอลัมน์`,
        en: `Row ${row}: ${cells.length} column(s), expected ${names.length}.`,
      });
      return;
    }
    const cell = (c: number) => unneutralise(cells[c] ?? '');
    const type = cell(TYPE).trim();
    const id = cell(ID).trim();
    if (type === 'หัวข้อ' || type === 'item') {
      const level = cell(LEVEL).trim();
      if (!ITEMS.has(id)) at(row, ID, `ไม่รู้จักหัวข้อ "${id}"`, `unknown item "${id}".`);
      else if (!LEVELS.has(level))
        at(
          row,
          LEVEL,
          `ระดับ "${level}" ไม่ถูกต้อง (ต้องเป็น ${ITEM_LEVELS.join(', ')})`,
          `level "${level}" is not valid (use ${ITEM_LEVELS.join(', ')}).`,
        );
      else if (level !== 'not-assessed') levels[id] = level as ItemLevel;
    } else if (type === 'ประเด็น' || type === 'prompt') {
      if (!isKnownPrompt(id, known)) {
        at(row, ID, `ไม่รู้จักประเด็น "${id}"`, `unknown prompt "${id}".`);
        return;
      }
      const links = cell(LINKS)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      const bad = links.filter((l) => !isHttpUrl(l));
      for (const l of bad)
        at(
          row,
          LINKS,
          `ลิงก์ "${l}" ไม่ถูกต้อง (ต้องขึ้นต้นด้วย http:// หรือ https://)`,
          `link "${l}" is not valid (it must start with http:// or https://).`,
        );
      const notes = cell(NOTES);
      if (bad.length === 0 && (notes !== '' || links.length > 0)) prompts[id] = { notes, links };
    } else {
      at(
        row,
        TYPE,
        `ไม่รู้จักชนิดแถว "${type}" (ต้องเป็น หัวข้อ หรือ ประเด็น)`,
        `unknown row type "${type}" (use item or prompt).`,
      );
    }
  });
  return problems.length > 0
    ? { ok: false, newer: false, problems }
    : { ok: true, value: { levels, prompts }, migratedFrom: null, savedAt: null };
}
