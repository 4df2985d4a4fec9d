/**
 * CSV export and import of the scorecard rows. Export: UTF-8 with BOM, cells neutralised by `toCsv`.
 * Import: everything is validated first — the header, each row's column count, then every value through the
 * core functions themselves (`scoreAgency` / `scoreAgencyKpi`, `scoreCategory7Set` / `scoreCategory7Kpi`,
 * `findKpiGroup`) — and every problem is reported as "Row N, column C: …" (row 1 is the header).
 */
import {
  error,
  findKpiGroup,
  pmqa40Cat7,
  scoreAgency,
  scoreAgencyKpi,
  scoreCategory7Kpi,
  scoreCategory7Set,
  type Bilingual,
  type Dimension,
  type KnError,
} from '@khanaen/core';
import { parseCsv, toCsv } from '@khanaen/widgets';
import {
  AGENCY_FIELDS,
  CAT7_FIELDS,
  AGENCY_PATH_FIELDS,
  CAT7_PATH_FIELDS,
  agencyInput,
  cat7Input,
  isDimension,
  splitPath,
  toAgencyRow,
  toCat7Row,
  type AgencyField,
  type AgencyRow,
  type Cat7Field,
  type Cat7Row,
  type ScorecardMode,
} from './rows.js';

/** CSV columns: the row fields, with the two history years named for people (`year_minus_2`, `year_minus_1`). */
export const AGENCY_COLUMNS: readonly string[] = AGENCY_FIELDS;
const CAT7_COLUMN_OF: Readonly<Record<Cat7Field, string>> = {
  dimension: 'dimension',
  group: 'group',
  name: 'name',
  unit: 'unit',
  target: 'target',
  actual: 'actual',
  y2: 'year_minus_2',
  y1: 'year_minus_1',
  direction: 'direction',
};

export const CAT7_COLUMNS: readonly string[] = CAT7_FIELDS.map((f) => CAT7_COLUMN_OF[f]);

export const columnsOf = (mode: ScorecardMode): readonly string[] =>
  mode === 'cat7' ? CAT7_COLUMNS : AGENCY_COLUMNS;

/** The rows as CSV text (BOM, CRLF, formula-like cells neutralised). */
export function rowsToCsv(mode: ScorecardMode, rows: readonly (AgencyRow | Cat7Row)[]): string {
  if (mode === 'cat7') {
    const body = (rows as readonly Cat7Row[]).map((r) => [
      r.dimension,
      r.group,
      r.name,
      r.unit,
      r.target,
      r.actual,
      r.y2,
      r.y1,
      r.direction,
    ]);
    return toCsv([[...CAT7_COLUMNS], ...body]);
  }
  const body = (rows as readonly AgencyRow[]).map((r) => [
    r.id,
    r.name,
    r.weight,
    r.initial,
    r.standard,
    r.high,
    r.actual,
    r.direction,
  ]);
  return toCsv([[...AGENCY_COLUMNS], ...body]);
}

export type CsvImport =
  | {
      readonly ok: true;
      readonly mode: ScorecardMode;
      readonly rows: readonly (AgencyRow | Cat7Row)[];
      readonly notes: readonly Bilingual[];
    }
  | { readonly ok: false; readonly problems: readonly Bilingual[] };

interface Problem {
  readonly row: number;
  readonly column: number;
  readonly text: Bilingual;
}

/** "แถว 4 คอลัมน์ weight: …" / "Row 4, column weight: …" */
export function atCell(row: number, columns: readonly string[], text: Bilingual): Bilingual {
  if (columns.length === 0) return { th: `แถว ${row}: ${text.th}`, en: `Row ${row}: ${text.en}` };
  const c = columns.join(', ');
  return columns.length === 1
    ? { th: `แถว ${row} คอลัมน์ ${c}: ${text.th}`, en: `Row ${row}, column ${c}: ${text.en}` }
    : { th: `แถว ${row} คอลัมน์ ${c}: ${text.th}`, en: `Row ${row}, columns ${c}: ${text.en}` };
}

/** The core message of an error without its "KPI N:" prefix (the CSV row and column say where). */
const bare = (e: KnError, sub: string): Bilingual => error(sub, e.code, e.values ?? {}).message;

/** Parses and validates CSV text for `mode`. Nothing is partially accepted: any problem fails the import. */
export function importCsv(mode: ScorecardMode, text: string): CsvImport {
  const columns = columnsOf(mode);
  const table = parseCsv(text);
  const problems: Problem[] = [];
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.length === 0 || header.every((h) => h === '')) {
    return {
      ok: false,
      problems: [
        {
          th: `ไฟล์ว่าง ต้องมีแถวหัวตาราง ${columns.join(',')}`,
          en: `The file is empty; it needs the header row ${columns.join(',')}.`,
        },
      ],
    };
  }
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !columns.includes(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (missing.length || unknown.length || repeated.length) {
    const list: Bilingual[] = [];
    if (missing.length)
      list.push(
        atCell(1, [], {
          th: `ไม่พบคอลัมน์ ${missing.join(', ')}`,
          en: `missing column(s) ${missing.join(', ')}.`,
        }),
      );
    if (unknown.length)
      list.push(
        atCell(1, [], {
          th: `ไม่รู้จักคอลัมน์ ${unknown.join(', ')}`,
          en: `unknown column(s) ${unknown.join(', ')}.`,
        }),
      );
    if (repeated.length)
      list.push(
        atCell(1, [], {
          th: `คอลัมน์ซ้ำ ${repeated.join(', ')}`,
          en: `repeated column(s) ${repeated.join(', ')}.`,
        }),
      );
    list.push({
      th: `แถวแรกต้องเป็นหัวตาราง: ${columns.join(',')}`,
      en: `The first row must be the header: ${columns.join(',')}`,
    });
    return { ok: false, problems: list };
  }

  // Rows with the right number of cells become records keyed by column; the others are reported.
  const records: { line: number; record: Record<string, string> }[] = [];
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) {
      problems.push({
        row: line,
        column: -1,
        text: atCell(line, [], {
          th: `มี ${cells.length} คอลัมน์ แต่ต้องมี ${header.length} คอลัมน์`,
          en: `${cells.length} column(s), expected ${header.length}.`,
        }),
      });
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => (record[h] = cells[j] ?? ''));
    records.push({ line, record });
  });
  if (table.length < 2) {
    problems.push({
      row: 2,
      column: -1,
      text: { th: 'ไม่มีแถวตัวชี้วัดใต้หัวตาราง', en: 'There are no KPI rows under the header.' },
    });
  }

  const notes: Bilingual[] = [];
  const colIndex = (c: string) => columns.indexOf(c);
  const report = (line: number, cols: readonly string[], text: Bilingual) =>
    problems.push({
      row: line,
      column: cols.length ? Math.min(...cols.map(colIndex)) : -1,
      text: atCell(line, cols, text),
    });
  const seen = new Set<string>();
  const reportError = (line: number, e: KnError, sub: string, cols: readonly string[]) => {
    const id = `${line}|${sub}|${e.code}`;
    if (seen.has(id)) return;
    seen.add(id);
    report(line, cols, bare(e, sub));
  };

  let rows: (AgencyRow | Cat7Row)[];
  if (mode === 'agency') {
    const list = records.map(({ record }) =>
      toAgencyRow({ ...record, direction: record.direction?.trim().toLowerCase() ?? '' }),
    );
    rows = list;
    const colsFor = (sub: string) => (AGENCY_PATH_FIELDS[sub] ?? []).map((f: AgencyField) => f as string);
    if (list.length) {
      const r = scoreAgency({ kpis: list.map(agencyInput) });
      if (!r.ok) {
        for (const e of r.errors) {
          const p = splitPath(e.path);
          if (p) reportError(records[p.index]?.line ?? 0, e, p.sub, colsFor(p.sub));
          else if (e.code === 'WEIGHTS_NOT_100') notes.push(e.message);
        }
      }
      // Each row alone as well, so problems hidden behind another row's error are reported too.
      list.forEach((row, i) => {
        const { actual, targets, direction } = agencyInput(row);
        const one = scoreAgencyKpi({ actual, targets, ...(direction ? { direction } : {}) });
        if (!one.ok)
          for (const e of one.errors) reportError(records[i]?.line ?? 0, e, e.path, colsFor(e.path));
      });
    }
  } else {
    const list = records.map(({ record }) =>
      toCat7Row({
        dimension: record.dimension,
        group: record.group,
        name: record.name,
        unit: record.unit,
        target: record.target,
        actual: record.actual,
        history: [record.year_minus_2 ?? '', record.year_minus_1 ?? ''],
        direction: record.direction?.trim().toLowerCase() ?? '',
      }),
    );
    rows = list;
    const colsFor = (sub: string) => (CAT7_PATH_FIELDS[sub] ?? []).map((f) => CAT7_COLUMN_OF[f]);
    if (list.length) {
      const r = scoreCategory7Set({ kpis: list.map(cat7Input) });
      if (!r.ok) {
        for (const e of r.errors) {
          const p = splitPath(e.path);
          if (p) reportError(records[p.index]?.line ?? 0, e, p.sub, colsFor(p.sub));
        }
      }
      list.forEach((row, i) => {
        const line = records[i]?.line ?? 0;
        const input = cat7Input(row);
        const one = scoreCategory7Kpi({
          target: input.target,
          actual: input.actual,
          history: input.history,
          ...(input.direction ? { direction: input.direction } : {}),
        });
        if (!one.ok) for (const e of one.errors) reportError(line, e, e.path, colsFor(e.path));
        const dim = row.dimension.trim();
        if (
          row.group.trim() !== '' &&
          isDimension(dim) &&
          !findKpiGroup(pmqa40Cat7.constants, dim as Dimension, row.group)
        ) {
          report(line, ['group'], {
            th: `กลุ่ม “${row.group}” ไม่อยู่ในกลุ่มตัววัดของมิติ ${dim}`,
            en: `group “${row.group}” is not a KPI group of dimension ${dim}.`,
          });
        }
      });
    }
  }

  if (problems.length) {
    problems.sort((a, b) => a.row - b.row || a.column - b.column);
    return { ok: false, problems: problems.map((p) => p.text) };
  }
  return { ok: true, mode, rows, notes };
}
