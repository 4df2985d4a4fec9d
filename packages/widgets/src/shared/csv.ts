/**
 * CSV for exports and imports (RFC 4180, CRLF, UTF-8 with BOM so Excel reads Thai). Export neutralises
 * cells that a spreadsheet would run as a formula (`= + - @`, tab, CR at the start) by prefixing `'`;
 * plain numbers such as `-5` are left alone. Text that already looks neutralised (`'=…`, `''-5`) gets one
 * more `'`, so that import, which removes one, gives back exactly what was exported.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** What a neutralised cell looks like: one or more `'` before a formula start. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  const formula = FORMULA_START.test(text) && !(typeof value === 'number' || PLAIN_NUMBER.test(text));
  if (formula || NEUTRALISED.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text (with a BOM unless `bom: false`). */
export function toCsv(rows: readonly (readonly unknown[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** Parses CSV text into rows of strings (handles a BOM, quotes, escaped quotes, CRLF/LF, empty lines). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === '')).map((r) => r.map(unneutralise));
}

/** Removes the `'` that `csvCell` put before a formula-like (or already neutralised-looking) cell. */
export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
