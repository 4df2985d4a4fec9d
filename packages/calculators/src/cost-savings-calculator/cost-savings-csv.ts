import type { Bilingual, FacilitationValueResult, Lang } from '@khanaen/core';
import { toCsv } from '@khanaen/widgets';

/**
 * The rows of the cost-savings CSV for a successful `facilitationValue` result (rule FV, `004:1360-1365`):
 * a header, one row per service (hours, A, B, C, per transaction, D, total), the agency total and the
 * constants used (with the rule-pack id). Every number is copied from the core result; nothing is computed.
 */
export function costSavingsCsvRows(result: FacilitationValueResult, lang: Lang = 'th'): unknown[][] {
  const L = (b: Bilingual) => b[lang];
  const rows: unknown[][] = [
    [
      L({ th: 'งานบริการ', en: 'Service' }),
      L({ th: 'ระยะเวลาที่ลดลง (ชั่วโมง)', en: 'Hours saved' }),
      L({ th: 'A ค่าสำเนาเอกสาร (บาท)', en: 'A copies (baht)' }),
      L({ th: 'B ค่าธรรมเนียม (บาท)', en: 'B fee (baht)' }),
      L({ th: 'C ค่าเสียเวลา (บาท)', en: 'C time (baht)' }),
      L({ th: 'A+B+C ต่อครั้ง (บาท)', en: 'A+B+C per transaction (baht)' }),
      L({ th: 'D จำนวนธุรกรรม (ครั้ง)', en: 'D transactions' }),
      L({ th: 'Total Value (บาท)', en: 'Total value (baht)' }),
    ],
  ];
  result.services.forEach((s, i) => {
    rows.push([
      s.name ?? L({ th: `งานบริการที่ ${i + 1}`, en: `Service ${i + 1}` }),
      s.hours,
      s.A,
      s.B,
      s.C,
      s.perTransaction,
      s.D,
      s.total,
    ]);
  });
  rows.push([L({ th: 'รวมทั้งหน่วยงาน', en: 'Agency total' }), '', '', '', '', '', '', result.total]);
  const c = result.constants;
  rows.push([
    L({ th: 'ค่าคงที่ที่ใช้', en: 'Constants used' }),
    result.pack,
    L({ th: 'บาทต่อแผ่น', en: 'baht per sheet' }),
    c.bahtPerSheet,
    L({ th: 'ค่าแรงขั้นต่ำ บาทต่อวัน', en: 'minimum wage, baht per day' }),
    c.wagePerDay,
    L({ th: 'ชั่วโมงทำงานต่อวัน', en: 'working hours per day' }),
    c.hoursPerDay,
    L({ th: 'บาทต่อชั่วโมง', en: 'baht per hour' }),
    c.hourlyWage,
  ]);
  return rows;
}

/** The cost-savings CSV text (UTF-8 BOM, CRLF, formula-like cells neutralised by `toCsv`). */
export function costSavingsCsv(result: FacilitationValueResult, lang: Lang = 'th'): string {
  return toCsv(costSavingsCsvRows(result, lang));
}
