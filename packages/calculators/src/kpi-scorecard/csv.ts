/**
 * CSV export and import of the scorecard rows. Export: UTF-8 with BOM, cells neutralised by `toCsv`.
 * Import, in two steps: `parseScorecardCsv` checks the header and each row's column count and turns the
 * records into rows (nothing is scored here); the model then scores every row once through core and
 * `importProblems` turns those very results into problems "Row N, column C: …" (row 1 is the header), each
 * with its code. The same results load the rows when there is no problem.
 */
import { error, findKpiGroup, pmqa40Cat7, type Bilingual, type Dimension, type KnError } from '@khanaen/core';
import { parseCsv, toCsv } from '@khanaen/widgets';
import {
  AGENCY_FIELDS,
  CATEGORY7_FIELDS,
  AGENCY_PATH_FIELDS,
  CATEGORY7_PATH_FIELDS,
  isDimension,
  splitPath,
  toAgencyRow,
  toCategory7Row,
  type AgencyField,
  type AgencyRow,
  type Category7Field,
  type Category7Row,
  type ScorecardMode,
} from './rows.js';

/** CSV columns: the row fields, with the two history years named for people (`year_minus_2`, `year_minus_1`). */
export const AGENCY_COLUMNS: readonly string[] = AGENCY_FIELDS;
const CATEGORY7_COLUMN_OF: Readonly<Record<Category7Field, string>> = {
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

export const CATEGORY7_COLUMNS: readonly string[] = CATEGORY7_FIELDS.map((f) => CATEGORY7_COLUMN_OF[f]);

export const columnsOf = (mode: ScorecardMode): readonly string[] =>
  mode === 'cat7' ? CATEGORY7_COLUMNS : AGENCY_COLUMNS;

/** The rows as CSV text (BOM, CRLF, formula-like cells neutralised). */
export function rowsToCsv(mode: ScorecardMode, rows: readonly (AgencyRow | Category7Row)[]): string {
  if (mode === 'cat7') {
    const body = (rows as readonly Category7Row[]).map((r) => [
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
    return toCsv([[...CATEGORY7_COLUMNS], ...body]);
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

/** One problem of an import: where (CSV row, 1 = header; columns) and what (a code and its message). */
export interface ImportProblem {
  /** CSV row (1 = the header). */
  readonly row: number;
  /** The columns it concerns (empty: the whole row). */
  readonly columns: readonly string[];
  /** A core error code (`NOT_A_NUMBER`, `TARGETS_NOT_ORDERED`, …) or an import one (`COLUMN_COUNT`, …). */
  readonly code: string;
  /** "Row N, column C: …" */
  readonly message: Bilingual;
}

/** The CSV read into rows: header problems stop here; column-count problems are listed, those rows left out. */
export type ParsedCsv =
  | { readonly ok: false; readonly problems: readonly ImportProblem[] }
  | {
      readonly ok: true;
      readonly rows: readonly (AgencyRow | Category7Row)[];
      /** The CSV row of each of `rows`. */
      readonly lines: readonly number[];
      readonly problems: readonly ImportProblem[];
    };

/** "แถว 4 คอลัมน์ weight: …" / "Row 4, column weight: …" */
export function atCell(row: number, columns: readonly string[], text: Bilingual): Bilingual {
  if (columns.length === 0) return { th: `แถว ${row}: ${text.th}`, en: `Row ${row}: ${text.en}` };
  const c = columns.join(', ');
  return columns.length === 1
    ? { th: `แถว ${row} คอลัมน์ ${c}: ${text.th}`, en: `Row ${row}, column ${c}: ${text.en}` }
    : { th: `แถว ${row} คอลัมน์ ${c}: ${text.th}`, en: `Row ${row}, columns ${c}: ${text.en}` };
}

const problem = (row: number, columns: readonly string[], code: string, text: Bilingual): ImportProblem => ({
  row,
  columns,
  code,
  message: atCell(row, columns, text),
});

/** Reads CSV text for `mode` into rows (no value is checked here: that is core's, through the model). */
export function parseScorecardCsv(
  mode: ScorecardMode,
  text: string,
  constants: (typeof pmqa40Cat7)['constants'] = pmqa40Cat7.constants,
): ParsedCsv {
  const columns = columnsOf(mode);
  const table = parseCsv(text);
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const expected = {
    th: `แถวแรกต้องเป็นหัวตาราง: ${columns.join(',')}`,
    en: `The first row must be the header: ${columns.join(',')}`,
  };
  if (header.length === 0 || header.every((h) => h === '')) {
    const text = {
      th: `ไฟล์ว่าง ต้องมีแถวหัวตาราง ${columns.join(',')}`,
      en: `The file is empty; it needs the header row ${columns.join(',')}.`,
    };
    return { ok: false, problems: [{ row: 1, columns: [], code: 'EMPTY_FILE', message: text }] };
  }
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !columns.includes(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (missing.length || unknown.length || repeated.length) {
    const list: ImportProblem[] = [];
    if (missing.length)
      list.push(
        problem(1, [], 'MISSING_COLUMNS', {
          th: `ไม่พบคอลัมน์ ${missing.join(', ')}`,
          en: `missing column(s) ${missing.join(', ')}.`,
        }),
      );
    if (unknown.length)
      list.push(
        problem(1, [], 'UNKNOWN_COLUMNS', {
          th: `ไม่รู้จักคอลัมน์ ${unknown.join(', ')}`,
          en: `unknown column(s) ${unknown.join(', ')}.`,
        }),
      );
    if (repeated.length)
      list.push(
        problem(1, [], 'REPEATED_COLUMNS', {
          th: `คอลัมน์ซ้ำ ${repeated.join(', ')}`,
          en: `repeated column(s) ${repeated.join(', ')}.`,
        }),
      );
    list.push({ row: 1, columns: [], code: 'HEADER', message: expected });
    return { ok: false, problems: list };
  }

  // Rows with the right number of cells become records keyed by column; the others are reported.
  const problems: ImportProblem[] = [];
  const records: { line: number; record: Record<string, string> }[] = [];
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) {
      problems.push(
        problem(line, [], 'COLUMN_COUNT', {
          th: `มี ${cells.length} คอลัมน์ แต่ต้องมี ${header.length} คอลัมน์`,
          en: `${cells.length} column(s), expected ${header.length}.`,
        }),
      );
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => (record[h] = cells[j] ?? ''));
    records.push({ line, record });
  });
  if (table.length < 2) {
    problems.push({
      row: 2,
      columns: [],
      code: 'NO_ROWS',
      message: { th: 'ไม่มีแถวตัวชี้วัดใต้หัวตาราง', en: 'There are no KPI rows under the header.' },
    });
  }
  const direction = (r: Record<string, string>) => r.direction?.trim().toLowerCase() ?? '';
  const rows =
    mode === 'agency'
      ? records.map(({ record }) => toAgencyRow({ ...record, direction: direction(record) }))
      : records.map(({ record }) =>
          toCategory7Row(
            {
              dimension: record.dimension,
              group: record.group,
              name: record.name,
              unit: record.unit,
              target: record.target,
              actual: record.actual,
              history: [record.year_minus_2 ?? '', record.year_minus_1 ?? ''],
              direction: direction(record),
            },
            undefined,
            constants,
          ),
        );
  return { ok: true, rows, lines: records.map((r) => r.line), problems };
}

/** What the model scored for imported rows: each row alone, and the set (errors only are read here). */
export interface ScoredImport {
  readonly mode: ScorecardMode;
  readonly rows: readonly (AgencyRow | Category7Row)[];
  readonly lines: readonly number[];
  /** Errors of each row scored alone (rule AE.1 / C7), by row index. */
  readonly rowErrors: readonly (readonly KnError[])[];
  /** Errors of the whole set (`kpis.N.…` paths, or general ones such as `WEIGHTS_NOT_100`). */
  readonly setErrors: readonly KnError[];
  readonly constants: (typeof pmqa40Cat7)['constants'];
}

/** The core message of an error without its "KPI N:" prefix (the CSV row and column say where). */
const bare = (e: KnError, sub: string): Bilingual => error(sub, e.code, e.values ?? {}).message;

/**
 * Every problem of scored import rows ("Row N, column C: …", sorted by row and column) and the notes (a
 * weight total that is not 100 does not stop an import: it is a note). Nothing is scored here.
 */
export function importProblems(scored: ScoredImport): {
  readonly problems: ImportProblem[];
  readonly notes: Bilingual[];
} {
  const { mode, rows, lines } = scored;
  const columns = columnsOf(mode);
  const problems: ImportProblem[] = [];
  const notes: Bilingual[] = [];
  const seen = new Set<string>();
  const colsFor = (sub: string): string[] =>
    mode === 'agency'
      ? (AGENCY_PATH_FIELDS[sub] ?? []).map((f: AgencyField) => f as string)
      : (CATEGORY7_PATH_FIELDS[sub] ?? []).map((f) => CATEGORY7_COLUMN_OF[f]);
  const reportError = (line: number, e: KnError, sub: string) => {
    const id = `${line}|${sub}|${e.code}`;
    if (seen.has(id)) return;
    seen.add(id);
    problems.push(problem(line, colsFor(sub), e.code, bare(e, sub)));
  };
  for (const e of scored.setErrors) {
    const p = splitPath(e.path);
    if (p) reportError(lines[p.index] ?? 0, e, p.sub);
    else if (e.code === 'WEIGHTS_NOT_100') notes.push(e.message);
  }
  // Each row alone as well, so problems hidden behind another row's error are reported too.
  scored.rowErrors.forEach((errors, i) => {
    for (const e of errors) reportError(lines[i] ?? 0, e, e.path);
    const row = rows[i];
    if (!row || !('dimension' in row)) return;
    const dim = row.dimension.trim();
    if (
      row.group.trim() !== '' &&
      isDimension(dim) &&
      !findKpiGroup(scored.constants, dim as Dimension, row.group)
    ) {
      problems.push(
        problem(lines[i] ?? 0, ['group'], 'UNKNOWN_GROUP', {
          th: `กลุ่ม “${row.group}” ไม่อยู่ในกลุ่มตัววัดของมิติ ${dim}`,
          en: `group “${row.group}” is not a KPI group of dimension ${dim}.`,
        }),
      );
    }
  });
  const at = (p: ImportProblem) =>
    p.columns.length ? Math.min(...p.columns.map((c) => columns.indexOf(c))) : -1;
  problems.sort((a, b) => a.row - b.row || at(a) - at(b));
  return { problems, notes };
}
