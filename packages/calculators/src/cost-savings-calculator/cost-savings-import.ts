/**
 * Reading and writing the cost-savings services as CSV or JSON. Nothing here scores or checks a value: the
 * model scores the rows read here once through core and turns core's errors into problems with `importProblem`
 * (row 1 is the CSV header; JSON rows count from 1).
 */
import type { Bilingual, Lang, ServiceSaving } from '@khanaen/core';
import { parseCsv } from '@khanaen/widgets';
import type { CostSavingsRubric, ServiceField } from './cost-savings-model.js';

/** A problem found by an import: where (`column` null for the whole row or file), its code and message. */
export interface CostSavingsImportProblem {
  readonly row: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: Bilingual;
}

/** Rows read from a file, before any scoring. */
export interface ReadServices {
  readonly ok: true;
  readonly rows: readonly {
    readonly line: number;
    /** What the row held (an object for a CSV row; anything for a JSON item). */
    readonly service: unknown;
    readonly problems: readonly CostSavingsImportProblem[];
  }[];
  /** The column a field came from (`null` when the file had none). */
  readonly column: (field: string) => string | null;
  readonly rubric?: CostSavingsRubric;
  readonly constants?: Readonly<Record<string, unknown>>;
}

export type ReadResult = ReadServices | { readonly ok: false; readonly problems: CostSavingsImportProblem[] };

/** CSV columns: the field keys, or the header `servicesCsvRows` writes (either language). */
const COLUMN_LABEL: Readonly<Record<ServiceField, Bilingual>> = {
  name: { th: 'งานบริการ', en: 'Service' },
  sheetsReduced: { th: 'จำนวนสำเนาเอกสารที่ลดลง (แผ่น)', en: 'Sheets reduced' },
  feeReduced: { th: 'ค่าธรรมเนียมที่ลดลง (บาท)', en: 'Fee reduced (baht)' },
  hoursReduced: { th: 'ระยะเวลาที่ลดลง (ชั่วโมง)', en: 'Hours saved' },
  minutesReduced: { th: 'ระยะเวลาที่ลดลง (นาที)', en: 'Minutes saved' },
  transactions: { th: 'จำนวนธุรกรรม (ครั้ง)', en: 'Transactions' },
};
const SERVICE_FIELDS = Object.keys(COLUMN_LABEL) as ServiceField[];
const norm = (h: string) => h.trim().toLowerCase();
const COLUMN_OF = new Map<string, ServiceField>(
  SERVICE_FIELDS.flatMap((f) => [
    [norm(f), f],
    [norm(COLUMN_LABEL[f].th), f],
    [norm(COLUMN_LABEL[f].en), f],
  ]),
);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "แถว 4 คอลัมน์ feeReduced: …" / "Row 4, column feeReduced: …" */
function atCell(row: number, column: string | null, text: Bilingual): Bilingual {
  return column === null
    ? { th: `แถว ${row}: ${text.th}`, en: `Row ${row}: ${text.en}` }
    : { th: `แถว ${row} คอลัมน์ ${column}: ${text.th}`, en: `Row ${row}, column ${column}: ${text.en}` };
}

/** A problem at a row and column, its message prefixed with where it is. */
export const importProblem = (
  row: number,
  column: string | null,
  code: string,
  text: Bilingual,
): CostSavingsImportProblem => ({ row, column, code, message: atCell(row, column, text) });

/** The services as CSV rows: the header in `lang`, then one row per service, cells as typed. */
export function servicesCsvRows(services: readonly ServiceSaving[], lang: Lang): unknown[][] {
  const header = SERVICE_FIELDS.map((f) => COLUMN_LABEL[f][lang]);
  return [header, ...services.map((s) => SERVICE_FIELDS.map((f) => s[f] ?? ''))];
}

/** Reads CSV text: a header of known columns (with a time column), then one service per row. */
export function readServicesCsv(text: string): ReadResult {
  const table = parseCsv(String(text ?? ''));
  const header = (table[0] ?? []).map(norm);
  if (header.length === 0 || header.every((h) => h === '')) {
    const empty = { th: 'ไฟล์ว่าง ต้องมีแถวหัวตาราง', en: 'The file is empty; it needs a header row.' };
    return { ok: false, problems: [importProblem(1, null, 'EMPTY_FILE', empty)] };
  }
  const fields = header.map((h) => COLUMN_OF.get(h));
  const problems: CostSavingsImportProblem[] = [];
  header.forEach((h, j) => {
    const f = fields[j];
    if (f === undefined)
      problems.push(importProblem(1, h, 'UNKNOWN_COLUMN', { th: 'ไม่รู้จักคอลัมน์นี้', en: 'unknown column.' }));
    else if (fields.indexOf(f) !== j)
      problems.push(importProblem(1, h, 'REPEATED_COLUMN', { th: 'คอลัมน์ซ้ำ', en: 'repeated column.' }));
  });
  for (const f of ['sheetsReduced', 'feeReduced', 'transactions'] as const)
    if (!fields.includes(f))
      problems.push(importProblem(1, f, 'MISSING_COLUMN', { th: 'ไม่พบคอลัมน์นี้', en: 'missing column.' }));
  if (!fields.includes('hoursReduced') && !fields.includes('minutesReduced'))
    problems.push(
      importProblem(1, 'hoursReduced', 'MISSING_COLUMN', {
        th: 'ไม่พบคอลัมน์ระยะเวลา (hoursReduced หรือ minutesReduced)',
        en: 'missing the time column (hoursReduced or minutesReduced).',
      }),
    );
  if (table.length < 2)
    problems.push(
      importProblem(2, null, 'NO_ROWS', {
        th: 'ไม่มีแถวงานบริการใต้หัวตาราง',
        en: 'There are no services under the header.',
      }),
    );
  if (problems.length > 0) return { ok: false, problems };

  const rows = table.slice(1).map((cells, i) => {
    const line = i + 2;
    const service: Record<string, string> = {};
    fields.forEach((f, j) => f && (service[f] = cells[j] ?? ''));
    const count = {
      th: `มี ${cells.length} คอลัมน์ แต่ต้องมี ${header.length} คอลัมน์`,
      en: `${cells.length} column(s), expected ${header.length}.`,
    };
    const rowProblems =
      cells.length === header.length ? [] : [importProblem(line, null, 'COLUMN_COUNT', count)];
    return { line, service, problems: rowProblems };
  });
  return { ok: true, rows, column: (f) => (fields.includes(f as ServiceField) ? f : null) };
}

/** Reads JSON text: `{ services, rubric?, constants? }` or a bare list of services. */
export function readServicesJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(String(text ?? ''));
  } catch {
    return {
      ok: false,
      problems: [importProblem(1, null, 'NOT_JSON', { th: 'ไม่ใช่ JSON', en: 'not JSON.' })],
    };
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? data.services : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    const none = {
      th: 'ต้องมีรายการงานบริการ (services) อย่างน้อย 1 รายการ',
      en: 'a list of at least one service (services) is needed.',
    };
    return { ok: false, problems: [importProblem(1, 'services', 'NO_ROWS', none)] };
  }
  const rows = list.map((service: unknown, i) => ({
    line: i + 1,
    service,
    problems: isRecord(service)
      ? []
      : [importProblem(i + 1, null, 'INVALID_TYPE', { th: 'ต้องเป็นออบเจ็กต์', en: 'must be an object.' })],
  }));
  const extra = isRecord(data) ? data : {};
  return {
    ok: true,
    rows,
    column: (f) => f,
    ...(isRecord(extra.rubric) ? { rubric: extra.rubric as CostSavingsRubric } : {}),
    ...(isRecord(extra.constants) ? { constants: extra.constants } : {}),
  };
}
