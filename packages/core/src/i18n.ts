/**
 * Labels (SPEC §7) and locale helpers: numbers, baht, Buddhist-era years and dates, Thai digits.
 * Formatting uses `Intl`; core never touches the DOM.
 */
import { toDecimal } from './decimal.js';
import type { Bilingual } from './result.js';

export { toThaiDigits, fromThaiDigits } from './decimal.js';

export type Lang = 'th' | 'en';

/** Level and band labels of SPEC §7, plus the states every widget shows. */
export const levelLabels = {
  none: { th: 'ต่ำกว่าระดับพื้นฐาน', en: 'Below Basic' },
  basic: { th: 'ระดับพื้นฐาน', en: 'Basic' },
  advance: { th: 'ระดับก้าวหน้า', en: 'Advance' },
  significance: { th: 'ระดับพัฒนาจนเกิดผล', en: 'Significance' },
  quality: { th: 'ระดับคุณภาพ', en: 'Quality' },
  'standard-high': { th: 'ระดับมาตรฐานขั้นสูง', en: 'Standard (high)' },
  'standard-basic': { th: 'ระดับมาตรฐานขั้นต้น', en: 'Standard (basic)' },
  'needs-improvement': { th: 'ระดับต้องปรับปรุง', en: 'Needs improvement' },
  'not-assessed': { th: 'ยังไม่ประเมิน', en: 'Not assessed' },
} as const satisfies Record<string, Bilingual>;

export type LabelledLevel = keyof typeof levelLabels;

/** The label of a level or band in `lang` (unknown ids are returned as they are). */
export function levelLabel(id: string, lang: Lang = 'th'): string {
  if (typeof id !== 'string') return '';
  if (!Object.prototype.hasOwnProperty.call(levelLabels, id)) return id;
  return ((levelLabels as Record<string, Bilingual>)[id] as Bilingual)[lang === 'en' ? 'en' : 'th'];
}

/** Normalises any BCP 47 tag to the two languages Khanaen speaks: Thai for `th*`, English otherwise. */
export function toLang(tag: string | null | undefined): Lang {
  if (typeof tag !== 'string') return 'th';
  return /^th\b/i.test(tag.trim()) ? 'th' : tag.trim() !== '' ? 'en' : 'th';
}

export interface FormatOptions {
  readonly lang?: Lang;
  /** `'thai'` writes ๐–๙. Default `'latin'`. */
  readonly digits?: 'latin' | 'thai';
  readonly minimumFractionDigits?: number;
  /** Default 2. */
  readonly maximumFractionDigits?: number;
}

function locale(lang: Lang, digits: 'latin' | 'thai' | undefined, extra = ''): string {
  const base = lang === 'th' ? 'th-TH' : 'en-GB';
  const nu = digits === 'thai' ? '-nu-thai' : '-nu-latn';
  return `${base}-u${extra}${nu}`;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(loc: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${loc}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(loc, options);
    cache.set(key, f);
  }
  return f;
}

/** The options a caller passed, or none when they are not an object (e.g. `null`). */
function optionsOf<O extends object>(options: O | null | undefined): Partial<O> {
  return options !== null && typeof options === 'object' ? options : {};
}

/**
 * Formats a number with grouping (e.g. `1,234.5`), in Latin or Thai digits. Values that are not numbers
 * (including numbers with more digits than `toDecimal` accepts) come back as an empty string.
 */
export function formatNumber(value: number | string, options: FormatOptions = {}): string {
  const d = toDecimal(value);
  if (!d) return '';
  const o = optionsOf(options);
  const max = fractionDigits(o.maximumFractionDigits, 2);
  // Rounded half-up first (as every result is), so a value that rounds to zero never shows as "-0".
  const rounded = Number(d.round(max, 1).toFixed(max)) || 0;
  return numberFormat(locale(o.lang === 'en' ? 'en' : 'th', o.digits), {
    minimumFractionDigits: Math.min(fractionDigits(o.minimumFractionDigits, 0), max),
    maximumFractionDigits: max,
  }).format(rounded);
}

function fractionDigits(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 20 ? value : fallback;
}

/** Formats a percentage value already in percent (6.67 → "6.67%" / "ร้อยละ 6.67"). */
export function formatPercent(value: number | string, options: FormatOptions = {}): string {
  const text = formatNumber(value, options);
  if (text === '') return '';
  return (optionsOf(options).lang ?? 'th') === 'th' ? `ร้อยละ ${text}` : `${text}%`;
}

/** Formats baht: Thai "2,250,000 บาท", English "฿2,250,000"; satang shown only when present. */
export function formatBaht(value: number | string, options: FormatOptions = {}): string {
  const d = toDecimal(value);
  if (!d) return '';
  const o = optionsOf(options);
  const fraction = d.round(0).eq(d) ? 0 : 2;
  const text = formatNumber(d.toFixed(), { ...o, minimumFractionDigits: fraction, maximumFractionDigits: 2 });
  if ((o.lang ?? 'th') === 'th') return `${text} บาท`;
  return /^[-−]/.test(text) ? `−฿${text.replace(/^[-−]/, '')}` : `฿${text}`;
}

const isYear = (year: unknown): year is number => typeof year === 'number' && Number.isFinite(year);

/** Buddhist-era year of a Common-Era year (2024 → 2567). `NaN` for anything but a finite number. */
export function buddhistYear(ceYear: number): number {
  return isYear(ceYear) ? ceYear + 543 : NaN;
}

/** Common-Era year of a Buddhist-era year (2567 → 2024). `NaN` for anything but a finite number. */
export function commonEraYear(beYear: number): number {
  return isYear(beYear) ? beYear - 543 : NaN;
}

/** Years from 2400 on are read as Buddhist Era: no Thai KPI has Common-Era years that large. */
const BE_FROM = 2400;

/** A year given in either era, as Common Era (2564 → 2021, 2021 → 2021). `NaN` for anything but a finite number. */
export function toCommonEraYear(year: number): number {
  if (!isYear(year)) return NaN;
  return year >= BE_FROM ? commonEraYear(year) : year;
}

/** A year given in either era, as Buddhist Era (2021 → 2564, 2564 → 2564). `NaN` for anything but a finite number. */
export function toBuddhistEraYear(year: number): number {
  if (!isYear(year)) return NaN;
  return year >= BE_FROM ? year : buddhistYear(year);
}

/**
 * Formats a year given in the Common Era: Thai shows the Buddhist Era ("2567", or "พ.ศ. 2567" with
 * `prefix`), English the Common Era ("2024").
 */
export function formatYear(
  ceYear: number,
  options: FormatOptions & { readonly prefix?: boolean } = {},
): string {
  if (!isYear(ceYear)) return '';
  const o = optionsOf(options);
  const lang = o.lang ?? 'th';
  const year = lang === 'th' ? buddhistYear(ceYear) : ceYear;
  const digits = formatNumber(year, { ...o, maximumFractionDigits: 0 }).replace(/[,\s]/g, '');
  if (!o.prefix || digits === '') return digits;
  return lang === 'th' ? `พ.ศ. ${digits}` : `${digits} CE`;
}

/** Formats a date: Thai in the Buddhist calendar ("1 ต.ค. 2566"), English "1 Oct 2023". */
export function formatDate(
  date: Date,
  options: FormatOptions & { readonly style?: 'short' | 'medium' | 'long' } = {},
): string {
  if (!isValidDate(date)) return '';
  const o = optionsOf(options);
  const lang = o.lang ?? 'th';
  const style = o.style === 'short' || o.style === 'long' ? o.style : 'medium';
  const loc = locale(lang, o.digits, lang === 'th' ? '-ca-buddhist' : '');
  return new Intl.DateTimeFormat(loc, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

function isValidDate(date: unknown): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/** Thai fiscal year (B.E.) of a date: the year starts on 1 October (1 Oct 2023 → 2567). `NaN` for an invalid date. */
export function fiscalYear(date: Date): number {
  if (!isValidDate(date)) return NaN;
  const ce = date.getUTCFullYear() + (date.getUTCMonth() >= 9 ? 1 : 0);
  return buddhistYear(ce);
}
