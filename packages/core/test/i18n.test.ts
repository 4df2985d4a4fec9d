/** Labels (SPEC §7) and locale helpers: numbers, baht, Buddhist-era years and dates, Thai digits. */
import { describe, expect, it } from 'vitest';
import {
  buddhistYear,
  commonEraYear,
  fiscalYear,
  formatBaht,
  formatDate,
  formatNumber,
  formatPercent,
  formatYear,
  fromThaiDigits,
  levelLabel,
  levelLabels,
  toLang,
  toThaiDigits,
} from '../src/index.js';
import { bad } from './helpers.js';

describe('level labels (SPEC §7)', () => {
  it.each([
    ['basic', 'ระดับพื้นฐาน', 'Basic'],
    ['advance', 'ระดับก้าวหน้า', 'Advance'],
    ['significance', 'ระดับพัฒนาจนเกิดผล', 'Significance'],
    ['quality', 'ระดับคุณภาพ', 'Quality'],
    ['standard-high', 'ระดับมาตรฐานขั้นสูง', 'Standard (high)'],
    ['standard-basic', 'ระดับมาตรฐานขั้นต้น', 'Standard (basic)'],
    ['needs-improvement', 'ระดับต้องปรับปรุง', 'Needs improvement'],
  ])('%s → %s / %s', (id, th, en) => {
    expect(levelLabel(id)).toBe(th);
    expect(levelLabel(id, 'th')).toBe(th);
    expect(levelLabel(id, 'en')).toBe(en);
    expect(levelLabels[id as keyof typeof levelLabels]).toEqual({ th, en });
  });

  it('labels the extra states and returns unknown ids as they are', () => {
    expect(levelLabel('none', 'en')).toBe('Below Basic');
    expect(levelLabel('not-assessed')).toBe('ยังไม่ประเมิน');
    expect(levelLabel('gold', 'en')).toBe('gold');
    expect(levelLabel('constructor')).toBe('constructor');
    expect(levelLabel('toString', 'en')).toBe('toString');
  });
});

describe('toLang', () => {
  it.each([
    ['th', 'th'],
    ['th-TH', 'th'],
    ['TH', 'th'],
    [' th-TH-u-nu-thai ', 'th'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['thx', 'en'],
    ['', 'th'],
    ['   ', 'th'],
  ])('%j → %s', (tag, lang) => expect(toLang(tag)).toBe(lang));

  it('defaults to Thai for null, undefined and non-strings', () => {
    expect(toLang(null)).toBe('th');
    expect(toLang(undefined)).toBe('th');
    expect(toLang(bad(42))).toBe('th');
  });
});

describe('numbers and baht', () => {
  it.each([
    { value: 1234.5, options: {}, text: '1,234.5' },
    { value: '1,234.50', options: {}, text: '1,234.5' },
    { value: '๓๗๕', options: {}, text: '375' },
    { value: 1234.5, options: { digits: 'thai' }, text: '๑,๒๓๔.๕' },
    { value: 2250000, options: { lang: 'en' }, text: '2,250,000' },
    { value: 6.666, options: {}, text: '6.67' },
    { value: 1.005, options: {}, text: '1.01' }, // half-up on the decimal value, not on the float 1.00499…
    { value: 2.5, options: { maximumFractionDigits: 0 }, text: '3' },
    { value: 5, options: { minimumFractionDigits: 2 }, text: '5.00' },
    { value: -12, options: {}, text: '-12' },
    { value: -0.001, options: {}, text: '0' },
    { value: '−0.004', options: {}, text: '0' },
  ] as const)('formatNumber($value, $options) → $text', ({ value, options, text }) => {
    expect(formatNumber(value, options)).toBe(text);
  });

  it.each([
    { value: 'abc' },
    { value: '' },
    { value: Number.NaN },
    { value: Number.POSITIVE_INFINITY },
    { value: null },
    { value: {} },
  ])('formatNumber($value) → ""', ({ value }) => {
    expect(formatNumber(bad(value))).toBe('');
    expect(formatBaht(bad(value))).toBe('');
    expect(formatPercent(bad(value))).toBe('');
  });

  it('ignores options that are not an object', () => {
    expect(formatNumber(1234.567, bad(null))).toBe('1,234.57');
  });

  it('formatPercent writes ร้อยละ in Thai and % in English', () => {
    expect(formatPercent(6.67)).toBe('ร้อยละ 6.67');
    expect(formatPercent(6.67, { lang: 'en' })).toBe('6.67%');
    expect(formatPercent('10', { digits: 'thai' })).toBe('ร้อยละ ๑๐');
  });

  it.each([
    { value: 2250000, options: {}, text: '2,250,000 บาท' },
    { value: 2250000, options: { lang: 'en' }, text: '฿2,250,000' },
    { value: 41.25, options: {}, text: '41.25 บาท' },
    { value: 0.5, options: { lang: 'en' }, text: '฿0.50' },
    { value: -12.5, options: { lang: 'en' }, text: '−฿12.50' },
    { value: -0.001, options: { lang: 'en' }, text: '฿0.00' },
    { value: 1234, options: { digits: 'thai' }, text: '๑,๒๓๔ บาท' },
    { value: '1,000', options: {}, text: '1,000 บาท' },
  ] as const)('formatBaht($value, $options) → $text', ({ value, options, text }) => {
    expect(formatBaht(value, options)).toBe(text);
  });
});

describe('years, dates and fiscal years (Buddhist Era in Thai)', () => {
  it('converts between the Common and the Buddhist Era', () => {
    expect(buddhistYear(2024)).toBe(2567);
    expect(commonEraYear(2567)).toBe(2024);
  });

  it.each([
    { year: 2024, options: {}, text: '2567' },
    { year: 2024, options: { prefix: true }, text: 'พ.ศ. 2567' },
    { year: 2024, options: { digits: 'thai', prefix: true }, text: 'พ.ศ. ๒๕๖๗' },
    { year: 2024, options: { lang: 'en' }, text: '2024' },
    { year: 2024, options: { lang: 'en', prefix: true }, text: '2024 CE' },
  ] as const)('formatYear($year, $options) → $text', ({ year, options, text }) => {
    expect(formatYear(year, options)).toBe(text);
  });

  it('formatYear of something that is not a year → ""', () => {
    expect(formatYear(Number.NaN)).toBe('');
    expect(formatYear(bad('2024'))).toBe('');
  });

  it('formatDate: Thai uses the Buddhist calendar year, English the Common Era', () => {
    const d = new Date(Date.UTC(2023, 9, 1));
    expect(formatDate(d)).toBe('1 ต.ค. 2566');
    expect(formatDate(d, { lang: 'en' })).toBe('1 Oct 2023');
    expect(formatDate(d, { style: 'long' })).toContain('ตุลาคม');
    expect(formatDate(d, { style: 'long' })).toContain('2566');
    expect(formatDate(d, { digits: 'thai' })).toBe('๑ ต.ค. ๒๕๖๖');
    expect(formatDate(new Date(Date.UTC(2024, 2, 31)), { lang: 'en', style: 'long' })).toBe('31 March 2024');
  });

  it('formatDate of an invalid date → ""', () => {
    expect(formatDate(new Date(Number.NaN))).toBe('');
    expect(formatDate(bad('2023-10-01'))).toBe('');
  });

  it.each([
    { date: new Date(Date.UTC(2023, 9, 1)), year: 2567 },
    { date: new Date(Date.UTC(2023, 8, 30, 23, 59)), year: 2566 },
    { date: new Date(Date.UTC(2024, 0, 1)), year: 2567 },
    { date: new Date(Date.UTC(2024, 8, 30)), year: 2567 },
    { date: new Date(Date.UTC(2024, 9, 1)), year: 2568 },
  ])('fiscalYear($date) → $year (the year starts on 1 October)', ({ date, year }) => {
    expect(fiscalYear(date)).toBe(year);
  });

  it('fiscalYear of an invalid date → NaN', () => {
    expect(fiscalYear(new Date('nope'))).toBeNaN();
    expect(fiscalYear(bad(null))).toBeNaN();
  });
});

describe('Thai digits', () => {
  it('converts both ways and round-trips', () => {
    expect(toThaiDigits('2567')).toBe('๒๕๖๗');
    expect(toThaiDigits(1234.5)).toBe('๑๒๓๔.๕');
    expect(fromThaiDigits('๑,๒๓๔.๕๐ บาท')).toBe('1,234.50 บาท');
    const all = '0123456789';
    expect(toThaiDigits(all)).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(fromThaiDigits(toThaiDigits(all))).toBe(all);
    expect(toThaiDigits('ปี 2567 เดือน 10')).toBe('ปี ๒๕๖๗ เดือน ๑๐');
    expect(fromThaiDigits('no digits')).toBe('no digits');
  });

  it('anything but text (or a number) gives ""', () => {
    expect(toThaiDigits(bad(null))).toBe('');
    expect(fromThaiDigits(bad(5))).toBe('');
  });
});
